using System.Globalization;

namespace Chronicle.Time;

/// <summary>
/// Time expressions written inside one token: "2023-03-21", "3/21/2023", "21.03.2023", "10:30", "3pm", "1990s",
/// "2000-2050", and the counts of durations ("4-1/2", "4.5", "1,000"). Parsed by hand: no regex per token.
/// </summary>
internal static class NumericForms
{
    /// <summary>Numeric dates: ISO year first, or US month first (day first when the first number cannot be a month).</summary>
    public static bool TryNumericDate(ReadOnlySpan<char> token, out int year, out int month, out int day)
    {
        year = month = day = 0;
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        char separator = '\0';
        var count = 0;
        var value = 0;
        var length = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++length > 4)
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
                continue;
            }

            if (c is not ('-' or '/' or '.') || length == 0 || count == 2 || (separator != '\0' && c != separator))
            {
                return false;
            }

            separator = c;
            parts[count] = value;
            lengths[count++] = length;
            value = length = 0;
        }

        if (count != 2 || length == 0)
        {
            return false;
        }

        parts[2] = value;
        lengths[2] = length;
        if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2 && separator != '.')
        {
            (year, month, day) = (parts[0], parts[1], parts[2]);
        }
        else if (lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || (lengths[2] == 2 && separator == '/')))
        {
            year = lengths[2] == 4 ? parts[2] : parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2];
            // Dots are European (day first); slashes are read the US way unless the first number is no month.
            var dayFirst = separator == '.' || parts[0] > 12;
            (month, day) = dayFirst ? (parts[1], parts[0]) : (parts[0], parts[1]);
        }
        else
        {
            return false;
        }

        // A month of 13 or a day of 0 is a code or a ratio, not a date; 31 February still looks like a date and is
        // kept, to be resolved to null.
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    /// <summary>"2000-2050", "1939–1945": two years in one token, with the offset of the second.</summary>
    public static bool TryYearRange(ReadOnlySpan<char> token, out int first, out int second, out int secondOffset)
    {
        first = second = secondOffset = 0;
        if (token.Length != 9 || token[4] is not ('-' or '\u2013'))
        {
            return false;
        }

        if (!int.TryParse(token[..4], NumberStyles.None, CultureInfo.InvariantCulture, out first)
            || !int.TryParse(token[5..], NumberStyles.None, CultureInfo.InvariantCulture, out second))
        {
            return false;
        }

        secondOffset = 5;
        return first is >= 1000 and <= 2999 && second > first && second <= 2999;
    }

    /// <summary>"1990s" (decade 199) or "90s" after an apostrophe (decade 199 of the last century).</summary>
    public static bool TryDecade(ReadOnlySpan<char> token, out string decade)
    {
        decade = "";
        if (token.Length is not (3 or 5) || token[^1] is not ('s' or 'S') || token[^2] != '0')
        {
            return false;
        }

        var digits = token[..^1];
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        decade = digits.Length == 4 ? digits[..3].ToString() : (digits[0] == '0' || digits[0] == '1' ? "20" : "19") + digits[0];
        return digits.Length == 2 || digits[0] is '1' or '2';
    }

    /// <summary>Clock times: "10:30", "3pm", "10:30am", "3.30pm"; hour and minute as TIMEX3 wants them.</summary>
    public static bool TryClockTime(ReadOnlySpan<char> token, out int hour, out int minute, out bool hasMeridiem)
    {
        hour = minute = 0;
        hasMeridiem = false;
        var body = token;
        var pm = false;
        if (body.Length > 2 && (body.EndsWith("am", StringComparison.OrdinalIgnoreCase) || body.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
        {
            pm = char.ToLowerInvariant(body[^2]) == 'p';
            hasMeridiem = true;
            body = body[..^2];
        }

        var colon = body.IndexOfAny(':', '.');
        if (colon < 0)
        {
            if (!hasMeridiem || !int.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out hour) || body.Length > 2)
            {
                return false;
            }
        }
        else if (colon is < 1 or > 2 || body.Length - colon != 3
            || !int.TryParse(body[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            || !int.TryParse(body[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute)
            || (body[colon] == '.' && !hasMeridiem))
        {
            return false;
        }

        if (hasMeridiem)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (pm ? 12 : 0);
        }

        return hour <= 24 && minute <= 59;
    }

    /// <summary>A count written in digits: "4", "4.5", "4-1/2", "4½", "1,000". Refuses anything past a billion.</summary>
    public static bool TryCount(ReadOnlySpan<char> token, out double count)
    {
        count = 0;
        if (token.IsEmpty || !char.IsAsciiDigit(token[0]) || token.Length > 13)
        {
            return false;
        }

        var fraction = 0.0;
        if (token[^1] == '\u00BD')
        {
            fraction = 0.5;
            token = token[..^1];
        }
        else
        {
            var dash = token.IndexOf('-');
            if (dash > 0)
            {
                // "4-1/2": a whole number and a simple fraction.
                var rest = token[(dash + 1)..];
                var slash = rest.IndexOf('/');
                if (slash <= 0
                    || !int.TryParse(rest[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
                    || !int.TryParse(rest[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
                    || denominator == 0 || numerator >= denominator)
                {
                    return false;
                }

                fraction = (double)numerator / denominator;
                token = token[..dash];
            }
        }

        if (!double.TryParse(token, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var whole)
            || whole > 1e9)
        {
            return false;
        }

        count = whole + fraction;
        return true;
    }
}
