using System.Globalization;

namespace Chronicle.Ingestion;

/// <summary>Reads the publication dates found in records and pages: ISO dates and timestamps, RFC 1123, compact <c>yyyyMMdd</c>.</summary>
public static class PublishedDate
{
    private static readonly string[] s_exactFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();

        // An ISO timestamp's date part is the date the outlet meant, whatever its offset; converting to UTC could move it a day.
        if (text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && (text.Length == 10 || text[10] is 'T' or ' ' or 't'))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, s_exactFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var timestamp))
        {
            date = DateOnly.FromDateTime(timestamp.DateTime);
            return date.Year is >= 1900 and <= 2200;
        }

        return false;
    }
}
