namespace Chronicle.Time;

/// <summary>
/// The rules that find time expressions in a sentence, in one left-to-right pass over its tokens. Each token costs
/// one switch on its lexicon entry (looked up once per document); only time words and numbers start a rule.
/// </summary>
/// <remarks>
/// Past 400 lines because the word-led rules share one dispatch and read best as one grammar; the rest is split
/// off: number-led phrases in <see cref="NumericPhrases"/> (and in-token forms in <see cref="NumericForms"/>),
/// counted phrases in <see cref="CountedPhrases"/>, "the ..." phrases in <see cref="ArticlePhrases"/>, holidays
/// and "that year" in <see cref="NamedDayPhrases"/>.
/// Extents follow news annotation habits (GUM, TimeBank): a leading "the" is kept only where the phrase needs it
/// ("the 1990s", "the next day"); a part of day after a weekday is left out ("Sunday" of "Sunday night").
/// </remarks>
internal static class TimexGrammar
{
    public static void Scan(scoped in TokenWindow w, List<TimexCandidate> found)
    {
        var i = w.Start;
        while (i < w.End)
        {
            var end = MatchAt(w, i, found);
            i = end > i ? end : i + 1;
        }
    }

    private static int MatchAt(scoped in TokenWindow w, int i, List<TimexCandidate> found)
    {
        var text = w.Text(i);
        if (char.IsAsciiDigit(text[0]))
        {
            return NumericPhrases.MatchNumeric(w, i, found);
        }

        var word = w.Word(i);
        var compoundEnd = w.CompoundEnd(i);
        if (compoundEnd > i + 1 || (word.Classes == TimeWordClass.None && text.Contains('-')))
        {
            var hyphenated = NumericPhrases.MatchHyphenated(w, i, compoundEnd, found);
            if (hyphenated > i)
            {
                return hyphenated;
            }
        }

        if (word.Classes == TimeWordClass.None)
        {
            return IsApostrophe(text[0]) && TryShortYear(text[1..], i + 1, out var shortYear) ? Add(w, found, i, shortYear) : -1;
        }

        if (TryWord(w, i, word, out var match))
        {
            // "circa 1880": the marker qualifies the year but stays outside its extent.
            var start = w.IsTrigger(i, TriggerWord.Circa) ? i + 1 : i;
            return Add(w, found, start, match);
        }

        return -1;
    }

    public static int Add(scoped in TokenWindow w, List<TimexCandidate> found, int start, TimexMatch match)
    {
        start += match.Unmarked;
        found.Add(new TimexCandidate(start, match.End, w.CharStart(start), w.CharEnd(match.End - 1), match.Kind, match.Meaning));
        return match.End;
    }

    public static TimexMatch Date(int end, TimexMeaning meaning) => new(end, TimeExpressionKind.Date, meaning);

    private static bool TryWord(scoped in TokenWindow w, int i, TimeWord word, out TimexMatch match)
    {
        match = default;
        if (word.Is(TimeWordClass.Weekday) && w.IsCapitalized(i))
        {
            return TryWeekday(w, i, out match);
        }

        if (word.Is(TimeWordClass.WeekdayAbbreviation) && w.TryWeekdayName(i, out var abbreviated, out var abbreviationEnd))
        {
            match = Date(abbreviationEnd, TimexMeaning.OfWeekday(abbreviated, TemporalDirection.ByTense));
            return true;
        }

        if ((word.Is(TimeWordClass.Month) || word.Is(TimeWordClass.MonthAbbreviation)) && w.IsCapitalized(i) && TryMonth(w, i, out match))
        {
            return true;
        }

        if (word.Is(TimeWordClass.DayWord))
        {
            match = Date(i + 1, TimexMeaning.FromPublication(TimeUnit.Day, word.Value));
            return true;
        }

        if (word.Is(TimeWordClass.Modifier) && TryModifier(w, i, out match))
        {
            return true;
        }

        if (word.Is(TimeWordClass.Vague) && TryVague(w, i, out match))
        {
            return true;
        }

        if (word.Is(TimeWordClass.PeriodPart) && TryPeriodPart(w, i + 1, out match))
        {
            return true;
        }

        if (word.Is(TimeWordClass.Every))
        {
            return CountedPhrases.TryEvery(w, i + 1, out match);
        }

        if (word.Is(TimeWordClass.SetAdverb) && (!w.IsCapitalized(i) || i == w.Start))
        {
            match = new TimexMatch(i + 1, TimeExpressionKind.Set, TimexMeaning.OfPattern(CountedPhrases.Duration(Math.Max(word.Value, 1), word.Unit)));
            return true;
        }

        if (word.Is(TimeWordClass.Number) && CountedPhrases.TryCounted(w, i, out match))
        {
            return true;
        }

        if (word.Is(TimeWordClass.Ordinal) && (TryDayMonth(w, i, out match) || TryOrdinalPeriod(w, i, out match)))
        {
            return true;
        }

        if (word.Is(TimeWordClass.Unit) && TryBareUnit(w, i, word, out match))
        {
            return true;
        }

        if (word.Is(TimeWordClass.Season) && TrySeason(w, i, out match))
        {
            return true;
        }

        return word.Is(TimeWordClass.Trigger) && TryTrigger(w, i, (TriggerWord)word.Value, out match);
    }

    /// <summary>"Monday", "Monday, March 4, 2019", "Monday 4 March", "Mondays" (a set).</summary>
    private static bool TryWeekday(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        var weekday = w.Word(i).Value;
        if (w.Is(i, TimeWordClass.Plural))
        {
            match = new TimexMatch(i + 1, TimeExpressionKind.Set, TimexMeaning.OfPattern($"XXXX-WXX-{weekday}"));
            return true;
        }

        var next = w.Is(i + 1, ",") ? i + 2 : i + 1;
        if ((w.IsName(next, TimeWordClass.Month) || w.IsName(next, TimeWordClass.MonthAbbreviation)) && TryMonthDay(w, next, out match))
        {
            return true;
        }

        if (TryDayMonth(w, next, out match))
        {
            return true;
        }

        match = Date(i + 1, TimexMeaning.OfWeekday(weekday, TemporalDirection.ByTense));
        return true;
    }

    /// <summary>"March 21, 2023", "March 21", "Feb. 26", "July 2003", "March of 2019", and "March" alone where it is a month.</summary>
    private static bool TryMonth(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        if (TryMonthDay(w, i, out match))
        {
            return true;
        }

        var month = w.Word(i).Value;
        var next = w.Is(i + 1, ",") || w.Is(i + 1, "of") ? i + 2 : i + 1;
        if (w.TryYear(next, out var year))
        {
            match = Date(next + 1, TimexMeaning.Calendar(year, month));
            return true;
        }

        if (!w.Is(i, TimeWordClass.Month) || !LooksLikeMonthAlone(w, i, month))
        {
            return false;
        }

        // "from March to August 2011", "between May and June 2019": the first month takes the range's year.
        var yearOfRange = 0;
        if ((w.Is(i + 1, "to") || w.Is(i + 1, "and") || w.Is(i + 1, "through") || w.Is(i + 1, "until") || w.Is(i + 1, "-") || w.Is(i + 1, "\u2013"))
            && w.IsName(i + 2, TimeWordClass.Month) && w.TryYear(i + 3, out var rangeYear))
        {
            yearOfRange = rangeYear;
        }

        match = yearOfRange > 0
            ? Date(i + 1, TimexMeaning.Calendar(yearOfRange, month))
            : WithRelativeYear(w, Date(i + 1, TimexMeaning.Calendar(0, month)));
        return true;
    }

    /// <summary>
    /// "August last year", "September 20 of this year", "May 14 this year": a yearless date followed by a deictic
    /// year takes that year. The extent stays the date's, as GUM marks it ("runs through [June 14] [this year]");
    /// the deictic year is read on as an expression of its own.
    /// </summary>
    private static TimexMatch WithRelativeYear(scoped in TokenWindow w, TimexMatch yearless)
    {
        var k = w.Is(yearless.End, "of") ? yearless.End + 1 : yearless.End;
        if (!w.Is(k + 1, "year") || !(w.Is(k, "last") || w.Is(k, "this") || w.Is(k, "next")))
        {
            return yearless;
        }

        var offset = w.Is(k, "last") ? -1 : w.Is(k, "next") ? 1 : 0;
        return yearless with
        {
            Meaning = TimexMeaning.FromPublication(TimeUnit.Year, offset) with { Month = yearless.Meaning.Month, Day = yearless.Meaning.Day },
        };
    }

    private static bool TryMonthDay(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        if (!w.TryDayOfMonth(i + 1, out var day))
        {
            return false;
        }

        var month = w.Word(i).Value;
        var next = i + 2;
        if (w.Is(next, ",") && w.TryYear(next + 1, out var year))
        {
            match = Date(next + 2, TimexMeaning.Calendar(year, month, day));
        }
        else if (w.TryYear(next, out year))
        {
            match = Date(next + 1, TimexMeaning.Calendar(year, month, day));
        }
        else
        {
            match = WithRelativeYear(w, Date(next, TimexMeaning.Calendar(0, month, day)));
        }

        return true;
    }

    /// <summary>"21 March 2023", "21st of March", "21 March".</summary>
    public static bool TryDayMonth(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        var monthAt = w.Is(i + 1, "of") ? i + 2 : i + 1;
        int day;
        if (w.Is(i, TimeWordClass.Ordinal) && monthAt == i + 2)
        {
            // "the fifth of January", "Fourth of July".
            day = w.Word(i).Value;
        }
        else if (!w.TryDayOfMonth(i, out day))
        {
            return false;
        }

        if (!w.IsName(monthAt, TimeWordClass.Month) && !w.IsName(monthAt, TimeWordClass.MonthAbbreviation))
        {
            return false;
        }

        var month = w.Word(monthAt).Value;
        var next = w.Is(monthAt + 1, ",") ? monthAt + 2 : monthAt + 1;
        match = w.TryYear(next, out var year)
            ? Date(next + 1, TimexMeaning.Calendar(year, month, day))
            : WithRelativeYear(w, Date(monthAt + 1, TimexMeaning.Calendar(0, month, day)));
        return true;
    }

    /// <summary>
    /// A month name with no day or year is a month where the words around make it one: "May" needs a preposition
    /// ("in May"), and a capitalised word beside it usually means a name ("April Ryan", "Theresa May").
    /// </summary>
    private static bool LooksLikeMonthAlone(scoped in TokenWindow w, int i, int month)
    {
        var afterPreposition = NumericPhrases.IsStrongTemporalPreposition(w, i - 1) || w.Is(i - 1, "to") || w.Is(i - 1, "until")
            || w.Is(i - 1, TimeWordClass.PeriodPart) || w.Is(i - 1, TimeWordClass.Modifier);
        if (month == 5 && !afterPreposition)
        {
            return false;
        }

        if (afterPreposition)
        {
            return true;
        }

        var nameBefore = i > w.Start && w.IsCapitalized(i - 1) && !w.IsPunctuation(i - 1);
        var nameAfter = w.IsCapitalized(i + 1) && !w.IsPunctuation(i + 1);
        return !nameBefore && !nameAfter;
    }

    /// <summary>"last month", "next Friday", "this year", "last night", "this past weekend", "last March", "next summer".</summary>
    private static bool TryModifier(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        if (w.Is(i, "following"))
        {
            // Without its "the" (read by ArticlePhrases) "following" is a preposition: "following Wednesday's quake".
            return false;
        }

        var direction = w.Word(i).Value;
        var j = i + 1;
        if (w.Is(i, "this") && w.Is(j, TimeWordClass.Modifier) && w.Word(j).Value != 0)
        {
            // "this past week", "this coming Monday".
            direction = w.Word(j).Value;
            j++;
        }

        var word = w.Word(j);
        if (w.TryWeekdayName(j, out var weekday, out var weekdayEnd))
        {
            match = Date(weekdayEnd, TimexMeaning.OfWeekday(weekday, ToDirection(direction)));
            return true;
        }

        if (word.Is(TimeWordClass.Month) && w.IsCapitalized(j))
        {
            match = Date(j + 1, TimexMeaning.Calendar(0, word.Value) with { Direction = ToDirection(direction) });
            return true;
        }

        if (word.Is(TimeWordClass.Season))
        {
            match = Date(j + 1, TimexMeaning.FromPublication(TimeUnit.Year, direction) with { YearPart = word.Value });
            return true;
        }

        if (word.Is(TimeWordClass.PartOfDay))
        {
            // "last night" is the evening before publication; "this morning" the day itself.
            if (direction > 0 || (direction < 0 && word.Value != 4))
            {
                return false;
            }

            match = Date(j + 1, TimexMeaning.FromPublication(TimeUnit.Day, direction));
            return true;
        }

        if (word.Is(TimeWordClass.Unit))
        {
            return TryModifiedUnit(w, i, j, direction, out match);
        }

        if (w.Is(i, "past") || w.Is(i, "last") || w.Is(i, "next") || w.Is(i, "coming"))
        {
            // "the past two weeks", "the next five years": a stretch of time, not a date.
            return CountedPhrases.TryStretch(w, j, out match);
        }

        return false;
    }

    private static bool TryModifiedUnit(scoped in TokenWindow w, int i, int j, int direction, out TimexMatch match)
    {
        match = default;
        var word = w.Word(j);
        var unit = word.Unit;
        if (unit <= TimeUnit.Hour)
        {
            return false;
        }

        if (word.Is(TimeWordClass.Plural))
        {
            // "this years harvest fair" is "this year's" without its apostrophe: "this" cannot take a plural.
            if (w.Is(i, "this") && unit == TimeUnit.Year && j == i + 1)
            {
                match = Date(j + 1, TimexMeaning.FromPublication(TimeUnit.Year, 0));
                return true;
            }

            // "coming weeks", "past months": vague stretches.
            match = new TimexMatch(j + 1, TimeExpressionKind.Duration, TimexMeaning.OfPattern(CountedPhrases.Duration(-1, unit)));
            return true;
        }

        if (unit == TimeUnit.Day)
        {
            // "next day" reads like "the next day": the day after the last date the story named.
            if (direction == 0)
            {
                return false;
            }

            match = Date(j + 1, TimexMeaning.FromAnchor(TimeUnit.Day, direction));
            return true;
        }

        match = Date(j + 1, TimexMeaning.FromPublication(unit, direction));
        return true;
    }

    private static TemporalDirection ToDirection(int direction) => direction switch
    {
        < 0 => TemporalDirection.Previous,
        > 0 => TemporalDirection.Next,
        _ => TemporalDirection.Current,
    };

    /// <summary>"earlier this month", "later this year", "later today".</summary>
    private static bool TryVague(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        var j = i + 1;
        if (w.Is(j, TimeWordClass.DayWord) && w.Word(j).Value == 0)
        {
            match = Date(j + 1, TimexMeaning.FromPublication(TimeUnit.Day, 0));
            return true;
        }

        if (w.Is(j, "in") && w.Is(j + 1, "the") && w.Is(j + 2, TimeWordClass.Unit) && !w.Is(j + 2, TimeWordClass.Plural)
            && w.Word(j + 2).Unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
        {
            match = Date(j + 3, TimexMeaning.FromPublication(w.Word(j + 2).Unit, 0));
            return true;
        }

        return w.Is(j, TimeWordClass.Modifier) && TryModifier(w, j, out match) && match.Meaning.Form == TimexForm.PublicationOffset;
    }

    /// <summary>After "early", "late", "mid": "early 2019", "late March", "mid-1990s", "early this year".</summary>
    public static bool TryPeriodPart(scoped in TokenWindow w, int j, out TimexMatch match)
    {
        match = default;
        if (w.TryYear(j, out var year))
        {
            match = Date(j + 1, TimexMeaning.Calendar(year));
            return true;
        }

        if (NumericForms.TryDecade(w.Text(j), out var decade))
        {
            match = Date(j + 1, TimexMeaning.OfPattern(decade));
            return true;
        }

        if (w.IsName(j, TimeWordClass.Month))
        {
            return TryMonth(w, j, out match) || Fallback(j, w.Word(j).Value, out match);
        }

        return w.Is(j, TimeWordClass.Modifier) && TryModifier(w, j, out match) && match.Meaning.Form == TimexForm.PublicationOffset;

        static bool Fallback(int j, int month, out TimexMatch match)
        {
            match = Date(j + 1, TimexMeaning.Calendar(0, month));
            return true;
        }
    }

    /// <summary>"first quarter (of 2023)", "19th century".</summary>
    public static bool TryOrdinalPeriod(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        if (!w.TryOrdinal(i, out var ordinal))
        {
            return false;
        }

        var unit = w.Word(i + 1);
        if (!unit.Is(TimeWordClass.Unit) || unit.Is(TimeWordClass.Plural))
        {
            return false;
        }

        if (unit.Unit == TimeUnit.Century && ordinal is >= 1 and <= 30)
        {
            match = Date(i + 2, TimexMeaning.OfPattern((ordinal - 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
            return true;
        }

        if (unit.Unit != TimeUnit.Quarter || ordinal is < 1 or > 4)
        {
            return false;
        }

        return TryQuarter(w, i + 2, ordinal, out match);
    }

    public static bool TryQuarter(scoped in TokenWindow w, int next, int quarter, out TimexMatch match)
    {
        var ofYear = w.Is(next, "of") || w.Is(next, ",") ? next + 1 : next;
        match = w.TryYear(ofYear, out var year)
            ? Date(ofYear + 1, TimexMeaning.Calendar(year) with { YearPart = 4 + quarter })
            : Date(next, TimexMeaning.FromPublication(TimeUnit.Year, 0) with { YearPart = 4 + quarter });
        return true;
    }

    /// <summary>A unit word on its own: "year end", "years ago".</summary>
    private static bool TryBareUnit(scoped in TokenWindow w, int i, TimeWord word, out TimexMatch match)
    {
        match = default;
        if (!word.Is(TimeWordClass.Plural) && word.Unit is TimeUnit.Year or TimeUnit.Month && w.Is(i + 1, "end"))
        {
            match = Date(i + 2, TimexMeaning.FromPublication(word.Unit, 0, PeriodEdge.End));
            return true;
        }

        if (word.Is(TimeWordClass.Plural) && w.Is(i + 1, "ago"))
        {
            match = Date(i + 2, TimexMeaning.OfPattern("PAST_REF"));
            return true;
        }

        // "for months": the span is the unit; "for" only shows it is a stretch.
        if (word.Is(TimeWordClass.Plural) && w.IsTrigger(i - 1, TriggerWord.For) && word.Unit >= TimeUnit.Minute)
        {
            match = new TimexMatch(i + 1, TimeExpressionKind.Duration, TimexMeaning.OfPattern(CountedPhrases.Duration(-1, word.Unit)));
            return true;
        }

        return false;
    }

    /// <summary>"summer 2023", "summer of 2023", "in (the) summer"; "fall" only with a year, since it is also a verb.</summary>
    private static bool TrySeason(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        var season = w.Word(i).Value;
        var next = w.Is(i + 1, "of") ? i + 2 : i + 1;
        if (w.TryYear(next, out var year))
        {
            match = Date(next + 1, TimexMeaning.Calendar(year) with { YearPart = season });
            return true;
        }

        if (w.Is(i, "fall"))
        {
            return false;
        }

        var preposition = w.Is(i - 1, "the") ? i - 2 : i - 1;
        if (!w.Is(preposition, "in") && !w.Is(preposition, "during") && !w.Is(preposition, "over") && !w.Is(preposition, "this"))
        {
            return false;
        }

        match = Date(i + 1, TimexMeaning.FromPublication(TimeUnit.Year, 0) with { YearPart = season });
        return true;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// What follows the apostrophe of a shortened year: "90s" of "'90s" (a decade) or "71" of "class of '71" (a
    /// year; the nearer century is the likelier one). UD keeps "'71" one token; the apostrophe may also stand alone.
    /// </summary>
    public static bool TryShortYear(ReadOnlySpan<char> digits, int end, out TimexMatch match)
    {
        match = default;
        if (digits.Length == 3 && NumericForms.TryDecade(digits, out var decade))
        {
            match = Date(end, TimexMeaning.OfPattern(decade));
            return true;
        }

        if (digits.Length != 2 || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[1]))
        {
            return false;
        }

        var shortYear = ((digits[0] - '0') * 10) + (digits[1] - '0');
        match = Date(end, TimexMeaning.Calendar(shortYear < 30 ? 2000 + shortYear : 1900 + shortYear));
        return true;
    }

    private static bool TryTrigger(scoped in TokenWindow w, int i, TriggerWord trigger, out TimexMatch match)
    {
        match = default;
        switch (trigger)
        {
            case TriggerWord.The:
                return ArticlePhrases.TryThe(w, i, out match);
            case TriggerWord.Recent:
                if (w.Is(i + 1, TimeWordClass.Plural) && w.Is(i + 1, TimeWordClass.Unit))
                {
                    match = Date(i + 2, TimexMeaning.OfPattern("PAST_REF"));
                    return true;
                }

                return false;
            case TriggerWord.Noon:
                match = new TimexMatch(i + 1, TimeExpressionKind.Time, TimexMeaning.OfPattern("T12:00"));
                return true;
            case TriggerWord.Midnight:
                match = new TimexMatch(i + 1, TimeExpressionKind.Time, TimexMeaning.OfPattern("T24:00"));
                return true;
            case TriggerWord.Bracket:
                // An editor's bracket in a quotation: "[Five] years ago".
                return w.Is(i + 2, "]") && CountedPhrases.TryCounted(w, i, out match);
            case TriggerWord.Apostrophe:
                // The apostrophe as a token of its own, before "71" or "90s".
                return w.Has(i + 1) && w.CharStart(i + 1) == w.CharEnd(i) && TryShortYear(w.Text(i + 1), i + 2, out match);
            case TriggerWord.HolidayName:
                return NamedDayPhrases.TryHoliday(w, i, out match);
            case TriggerWord.That:
                return NamedDayPhrases.TryThat(w, i + 1, out match);
            case TriggerWord.Circa:
                // "circa 1640", "AD 842": a year of any length the marker vouches for.
                if (w.TryDigits(i + 1, out var circa) && w.Text(i + 1).Length is >= 2 and <= 4 && circa > 0)
                {
                    match = Date(i + 2, TimexMeaning.Calendar(circa));
                    return true;
                }

                return false;
            case TriggerWord.YearEnd:
                match = Date(i + 1, TimexMeaning.FromPublication(TimeUnit.Year, 0, PeriodEdge.End));
                return true;
            case TriggerWord.Once:
            case TriggerWord.Twice:
                return CountedPhrases.TryFrequency(w, i, out match);
            case TriggerWord.Quarter1:
            case TriggerWord.Quarter2:
            case TriggerWord.Quarter3:
            case TriggerWord.Quarter4:
                return TryQuarter(w, i + 1, trigger - TriggerWord.Quarter1 + 1, out match);
            default:
                return false;
        }
    }
}
