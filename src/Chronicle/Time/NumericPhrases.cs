using System.Globalization;
using static Chronicle.Time.TimexGrammar;

namespace Chronicle.Time;

/// <summary>
/// Expressions that start with a number token: numeric dates ("2023-03-21", "9-May-2006"), years with the tests that
/// tell a year from a count ("in 1709", "2000 troops"), ranges ("1890 – 91"), decades, clock times, and hyphenated
/// forms ("mid-2019", "first-quarter").
/// </summary>
internal static class NumericPhrases
{
    /// <summary>Tokens that start with a digit: numeric dates, years, day-month dates, decades, clock times, counts.</summary>
    public static int MatchNumeric(scoped in TokenWindow w, int i, List<TimexCandidate> found)
    {
        var compoundEnd = w.CompoundEnd(i);
        if (compoundEnd > i + 1)
        {
            // "9-May-2006", "4-1/2 hours": one word as written, split at its hyphens by UD tokenisation. Other
            // compounds ("2000-2050", "2008-09") are read piece by piece below.
            if (TryDayMonthYearToken(w.Text(i, compoundEnd), out var compoundDate))
            {
                return Add(w, found, i, Date(compoundEnd, compoundDate));
            }

            if (CountedPhrases.TryCounted(w, i, out var compoundCount))
            {
                return Add(w, found, i, compoundCount);
            }
        }

        var text = w.Text(i);
        if (w.TryDigits(i, out var number))
        {
            // "2018 day five" is a year before a noun; "2000 years" a count.
            var yearBeforeNoun = text.Length == 4 && number is >= 1000 and <= 2999 && !w.Is(i + 1, TimeWordClass.Plural);
            if (!yearBeforeNoun && w.Is(i + 1, TimeWordClass.Unit) && CountedPhrases.TryCounted(w, i, out var counted))
            {
                return Add(w, found, i, counted);
            }

            if (TryDayMonth(w, i, out var dayMonth))
            {
                return Add(w, found, i, dayMonth);
            }

            if (text.Length <= 4 && number > 0 && (w.Is(i + 1, "AD") || w.Is(i + 1, "A.D.") || w.Is(i + 1, "CE")))
            {
                return Add(w, found, i, Date(i + 2, TimexMeaning.Calendar(number)));
            }

            if (text.Length <= 4 && number > 0 && (w.Is(i + 1, "BC") || w.Is(i + 1, "B.C.") || w.Is(i + 1, "BCE")))
            {
                // ISO years before year 1 are negative and astronomical; the article record has no place for them.
                return Add(w, found, i, Date(i + 2, TimexMeaning.OfPattern(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"BC{number:0000}"))));
            }

            if (text.Length == 4 && LooksLikeYear(w, i, number))
            {
                return Add(w, found, i, Date(i + 1, TimexMeaning.Calendar(number)));
            }

            if (text.Length == 2 && IsRangeDash(w, i - 1) && w.TryYear(i - 2, out var rangeStart) && rangeStart % 100 < number)
            {
                // "1890 – 91": the second year of a range, in the century of the first.
                return Add(w, found, i, Date(i + 1, TimexMeaning.Calendar((rangeStart / 100 * 100) + number)));
            }

            if (text.Length <= 2 && (w.Is(i + 1, "a.m.") || w.Is(i + 1, "p.m.") || w.Is(i + 1, "am") || w.Is(i + 1, "pm")))
            {
                var pm = char.ToLowerInvariant(w.Text(i + 1)[0]) == 'p';
                return number is >= 1 and <= 12 ? AddTime(w, found, i, i + 2, (number % 12) + (pm ? 12 : 0), 0) : -1;
            }

            return -1;
        }

        if (w.TryOrdinalNumeral(i, out _))
        {
            if (TryDayMonth(w, i, out var dayMonth) || TryOrdinalPeriod(w, i, out dayMonth))
            {
                return Add(w, found, i, dayMonth);
            }

            return -1;
        }

        if (text.Length == 6 && IsApostrophe(text[4]) && text[5] is 's' && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var possessiveYear)
            && possessiveYear is >= 1900 and <= 2099)
        {
            // "2003's comedy", "since 2010's crisis": a possessive is said of a year, not of a count. The year alone is marked.
            var start = w.CharStart(i);
            found.Add(new TimexCandidate(i, i + 1, start, start + 4, TimeExpressionKind.Date, TimexMeaning.Calendar(possessiveYear)));
            return i + 1;
        }

        if (text is "9/11")
        {
            // News prose writes its own dates with month names; "9/11" alone is the 2001 attacks, a named day.
            return Add(w, found, i, Date(i + 1, TimexMeaning.Calendar(2001, 9, 11)));
        }

        if (NumericForms.TryNumericDate(text, out var year, out var month, out var day))
        {
            // Year 0 is written but does not exist on our calendar: keep the expression, without a value.
            return Add(w, found, i, Date(i + 1, TimexMeaning.Calendar(year == 0 ? -1 : year, month, day)));
        }

        if (TryDayMonthYearToken(text, out var writtenDate))
        {
            return Add(w, found, i, Date(i + 1, writtenDate));
        }

        if (NumericForms.TryYearRange(text, out var first, out var second, out var secondOffset))
        {
            var start = w.CharStart(i);
            found.Add(new TimexCandidate(i, i + 1, start, start + 4, TimeExpressionKind.Date, TimexMeaning.Calendar(first)));
            found.Add(new TimexCandidate(i, i + 1, start + secondOffset, w.CharEnd(i), TimeExpressionKind.Date, TimexMeaning.Calendar(second)));
            return i + 1;
        }

        if (NumericForms.TryDecade(text, out var decade) && text.Length == 5)
        {
            return Add(w, found, i, Date(i + 1, TimexMeaning.OfPattern(decade)));
        }

        if (NumericForms.TryClockTime(text, out var hour, out var minute, out var meridiem))
        {
            var end = !meridiem && (w.Is(i + 1, "a.m.") || w.Is(i + 1, "p.m.")) ? i + 2 : i + 1;
            if (end == i + 2 && hour is >= 1 and <= 12)
            {
                hour = (hour % 12) + (w.Text(i + 1)[0] is 'p' or 'P' ? 12 : 0);
            }

            return AddTime(w, found, i, end, hour, minute);
        }

        return CountedPhrases.TryCounted(w, i, out var match) ? Add(w, found, i, match) : -1;
    }

    private static int AddTime(scoped in TokenWindow w, List<TimexCandidate> found, int start, int end, int hour, int minute)
    {
        if (w.Has(end) && IsTimeZone(w.Text(end)))
        {
            end++;
        }

        var pattern = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}");
        return Add(w, found, start, new TimexMatch(end, TimeExpressionKind.Time, TimexMeaning.OfPattern(pattern)));
    }

    private static bool IsTimeZone(ReadOnlySpan<char> text) =>
        text is "GMT" or "UTC" or "ET" or "EST" or "EDT" or "PT" or "PST" or "PDT" or "CT" or "CST" or "CDT" or "BST" or "CET" or "CEST";

    /// <summary>
    /// A four-digit number is a year unless the words around say it counts something: "$2000", "2000 troops",
    /// "about 1500". After a preposition ("in 2019", "of 2000 levels") it is a year.
    /// </summary>
    private static bool LooksLikeYear(scoped in TokenWindow w, int i, int number)
    {
        if (number is < 1000 or > 2099)
        {
            return false;
        }

        var previous = w.Text(i - 1);
        if (previous is "$" or "\u00A3" or "\u20AC" or "\u00A5" or "#" || w.Is(i - 1, "No.") || w.Is(i - 1, "number")
            || w.Is(i + 1, "%") || w.Is(i + 1, "percent"))
        {
            return false;
        }

        if (IsStrongTemporalPreposition(w, i - 1) || w.Is(i - 1, TimeWordClass.PeriodPart) || w.Is(i - 1, TimeWordClass.Season))
        {
            return true;
        }

        // "(1704 – 1787)", "1598 to 1722", "reigned 1715 - 1774": in parentheses or in a range, a number is a year.
        if ((w.Is(i - 1, "(") && (w.Is(i + 1, ")") || IsRangeDash(w, i + 1)))
            || ((IsRangeDash(w, i - 1) || w.Is(i - 1, "to") || w.Is(i - 1, "and") || w.Is(i - 1, "or")) && w.TryYear(i - 2, out _))
            || ((IsRangeDash(w, i + 1) || w.Is(i + 1, "to")) && w.TryYear(i + 2, out _)))
        {
            return true;
        }

        // "his 1796 essay": after a possessive, a number before a singular noun dates it.
        if ((w.Is(i - 1, "his") || w.Is(i - 1, "her") || w.Is(i - 1, "its") || w.Is(i - 1, "their") || w.Is(i - 1, "our"))
            && w.IsLowercaseWord(i + 1) && !w.Is(i + 1, TimeWordClass.Unit) && !PluralNounNext(w, i))
        {
            return true;
        }

        if (w.Is(i + 1, "per") || w.Is(i + 1, "cent"))
        {
            return false;
        }

        // "a 1500 year old custom" counts years; "a 2011 study" is dated.
        if (w.Is(i - 1, "a") || w.Is(i - 1, "an"))
        {
            return number >= 1900 && !w.Is(i + 1, TimeWordClass.Unit) && !PluralNounNext(w, i) && w.IsLowercaseWord(i + 1);
        }

        // "the 2020 elections": after "the", a modern year stays a year.
        if (w.Is(i - 1, "the") && number >= 1900)
        {
            return !w.Is(i + 1, TimeWordClass.Unit);
        }

        // "of 2000 levels" is a year, "of 1709 schoolchildren" a count: before a plural noun, only modern years stay.
        var pluralNext = PluralNounNext(w, i);
        if (w.Is(i - 1, TimeWordClass.TemporalPreposition))
        {
            return number >= 1900 || (number >= 1800 && !pluralNext);
        }

        if (number < 1800 || w.Is(i - 1, "about") || w.Is(i - 1, "nearly") || w.Is(i - 1, "approximately") || w.Is(i - 1, "almost")
            || w.Is(i - 1, "roughly") || w.Is(i - 1, "than") || w.Is(i - 1, "some"))
        {
            return false;
        }

        // "2000 troops": a count before a plural noun.
        return !pluralNext;
    }

    private static bool PluralNounNext(scoped in TokenWindow w, int i)
    {
        var next = w.Text(i + 1);
        return w.IsLowercaseWord(i + 1) && next.Length > 3 && next[^1] == 's' && next[^2] != 's'
            && next is not ("was" or "has" or "does" or "this" or "plus");
    }

    private static bool IsRangeDash(scoped in TokenWindow w, int i) => w.Is(i, "-") || w.Is(i, "\u2013") || w.Is(i, "\u2014");

    /// <summary>"9-May-2006", "10-February-2006": day, month name and year in one token.</summary>
    private static bool TryDayMonthYearToken(ReadOnlySpan<char> text, out TimexMeaning meaning)
    {
        meaning = default;
        var firstDash = text.IndexOf('-');
        var lastDash = text.LastIndexOf('-');
        if (firstDash is < 1 or > 2 || lastDash <= firstDash + 1 || text.Length - lastDash != 5)
        {
            return false;
        }

        var month = TimeLexicon.Lookup(text[(firstDash + 1)..lastDash]);
        if (!(month.Is(TimeWordClass.Month) || month.Is(TimeWordClass.MonthAbbreviation))
            || !int.TryParse(text[..firstDash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(text[(lastDash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        meaning = TimexMeaning.Calendar(year == 0 ? -1 : year, month.Value, day);
        return day is >= 1 and <= 31;
    }

    /// <summary>Prepositions after which a four-digit number is a year whatever follows: "in 1709", "since 2007".</summary>
    public static bool IsStrongTemporalPreposition(scoped in TokenWindow w, int i) =>
        w.Is(i, "in") || w.Is(i, "since") || w.Is(i, "by") || w.Is(i, "until") || w.Is(i, "till") || w.Is(i, "during")
        || w.Is(i, "before") || w.Is(i, "after") || w.Is(i, "from") || w.Is(i, "through") || w.Is(i, "between") || w.Is(i, "circa")
        || w.Is(i, "c.");

    /// <summary>
    /// Hyphenated words, whether one token ("mid-2019", "mid-March") or split at the hyphen as UD does ("first -
    /// quarter", "twenty - five years", "year - end"); <paramref name="compoundEnd"/> is the token after the word.
    /// </summary>
    public static int MatchHyphenated(scoped in TokenWindow w, int i, int compoundEnd, List<TimexCandidate> found)
    {
        var text = w.Text(i, compoundEnd);
        if (text.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && text.Length > 4)
        {
            var rest = text[4..];
            var start = w.CharStart(i);
            if (rest.Length == 4 && int.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 2999)
            {
                return Add(w, found, i, Date(compoundEnd, TimexMeaning.Calendar(year)));
            }

            if (NumericForms.TryDecade(rest, out var decade))
            {
                return Add(w, found, i, Date(compoundEnd, TimexMeaning.OfPattern(decade)));
            }

            var word = TimeLexicon.Lookup(rest);
            if (word.Is(TimeWordClass.Month) && char.IsUpper(rest[0]))
            {
                var end = w.TryYear(compoundEnd, out var monthYear) ? compoundEnd + 1 : compoundEnd;
                found.Add(new TimexCandidate(i, end, start, w.CharEnd(end - 1), TimeExpressionKind.Date, TimexMeaning.Calendar(end > compoundEnd ? monthYear : 0, word.Value)));
                return end;
            }

            return -1;
        }

        var whole = TimeLexicon.Lookup(text);
        if (whole.Is(TimeWordClass.Trigger) && whole.Value == (int)TriggerWord.YearEnd)
        {
            return Add(w, found, i, Date(compoundEnd, TimexMeaning.FromPublication(TimeUnit.Year, 0, PeriodEdge.End)));
        }

        var dash = text.IndexOf('-');
        if (dash <= 0)
        {
            return -1;
        }

        var head = TimeLexicon.Lookup(text[..dash]);
        var tail = TimeLexicon.Lookup(text[(dash + 1)..]);
        if (head.Is(TimeWordClass.Ordinal) && tail.Is(TimeWordClass.Unit) && tail.Unit == TimeUnit.Quarter && head.Value is >= 1 and <= 4)
        {
            return TryQuarter(w, compoundEnd, head.Value, out var quarter) ? Add(w, found, i, quarter) : -1;
        }

        if (head.Is(TimeWordClass.Number) && tail.Is(TimeWordClass.Number) && head.Value >= 20 && tail.Value is > 0 and < 10)
        {
            return CountedPhrases.TryCounted(w, i, out var counted) ? Add(w, found, i, counted) : -1;
        }

        return -1;
    }
}
