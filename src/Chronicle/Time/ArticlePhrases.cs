namespace Chronicle.Time;

/// <summary>
/// Expressions that need their "the": "the 1990s", "the 19th century", "the end of the year", "the next day",
/// "the following Tuesday", "the past two weeks", "the same day", "the summer of 2023".
/// </summary>
internal static class ArticlePhrases
{
    public static bool TryThe(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        var j = i + 1;
        if (!w.Has(j))
        {
            return false;
        }

        // "the very next day", "the very same year": the intensifier changes nothing.
        if (w.Is(j, "very") && (w.Is(j + 1, TimeWordClass.Modifier) || w.Is(j + 1, "same")))
        {
            j++;
        }

        var text = w.Text(j);
        if (NumericForms.TryDecade(text, out var decade) && text.Length == 5)
        {
            match = Date(j + 1, TimexMeaning.OfPattern(decade));
            return true;
        }

        // "the '90s": the apostrophe on the decade, as UD keeps it, or a token of its own.
        if (text.Length == 4 && TimexGrammar.IsApostrophe(text[0]) && NumericForms.TryDecade(text[1..], out decade))
        {
            match = Date(j + 1, TimexMeaning.OfPattern(decade));
            return true;
        }

        var word = w.Word(j);
        if (word.Is(TimeWordClass.Trigger) && word.Value == (int)TriggerWord.Apostrophe
            && NumericForms.TryDecade(w.Text(j + 1), out decade) && w.Text(j + 1).Length == 3)
        {
            match = Date(j + 2, TimexMeaning.OfPattern(decade));
            return true;
        }

        if (word.Is(TimeWordClass.PeriodPart))
        {
            // "the early 1990s" keeps its "the"; "the late March storms" is left to "late March".
            return TimexGrammar.TryPeriodPart(w, j + 1, out match) && match.Meaning.Form == TimexForm.Opaque;
        }

        if (w.TryOrdinal(j, out var ordinal))
        {
            return TryOrdinalPeriod(w, j, ordinal, out match);
        }

        if ((w.Is(j, "end") || w.Is(j, "beginning") || w.Is(j, "start") || w.Is(j, "middle")) && w.Is(j + 1, "of"))
        {
            var edge = w.Is(j, "end") ? PeriodEdge.End : w.Is(j, "middle") ? PeriodEdge.None : PeriodEdge.Start;
            return TryEdge(w, j + 2, edge, out match);
        }

        if (word.Is(TimeWordClass.Modifier))
        {
            return TryModified(w, i, j, word.Value, out match);
        }

        var next = w.Word(j + 1);
        if (w.Is(j, "year") && w.TryDigits(j + 1, out var namedYear) && w.Text(j + 1).Length <= 4 && namedYear > 0)
        {
            // "the year 2030", "in the year 71".
            match = Date(j + 2, TimexMeaning.Calendar(namedYear));
            return true;
        }

        if (w.Is(j, "same") && next.Is(TimeWordClass.Unit) && !next.Is(TimeWordClass.Plural) && next.Unit >= TimeUnit.Day)
        {
            match = Date(j + 2, TimexMeaning.FromAnchor(next.Unit, 0));
            return true;
        }

        if (w.Is(j, "day") && (w.Is(j + 1, "before") || w.Is(j + 1, "after")) && w.EndsPhrase(j + 2))
        {
            match = Date(j + 2, TimexMeaning.FromAnchor(TimeUnit.Day, w.Is(j + 1, "before") ? -1 : 1));
            return true;
        }

        if (w.Is(j, "weekend"))
        {
            match = Date(j + 1, TimexMeaning.FromPublication(TimeUnit.Weekend, 0));
            return true;
        }

        if (word.Is(TimeWordClass.Season) && w.Is(j + 1, "of") && w.TryYear(j + 2, out var year))
        {
            match = Date(j + 3, TimexMeaning.Calendar(year) with { YearPart = word.Value });
            return true;
        }

        return false;
    }

    private static TimexMatch Date(int end, TimexMeaning meaning) => new(end, TimeExpressionKind.Date, meaning);

    private static bool TryOrdinalPeriod(scoped in TokenWindow w, int j, int ordinal, out TimexMatch match)
    {
        match = default;
        var unit = w.Word(j + 1);
        if (!unit.Is(TimeWordClass.Unit) || unit.Is(TimeWordClass.Plural))
        {
            return false;
        }

        if (unit.Unit == TimeUnit.Century && ordinal is >= 1 and <= 30)
        {
            match = Date(j + 2, TimexMeaning.OfPattern((ordinal - 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
            return true;
        }

        return unit.Unit == TimeUnit.Quarter && ordinal is >= 1 and <= 4 && TimexGrammar.TryQuarter(w, j + 2, ordinal, out match);
    }

    /// <summary>After "the end of": "the year", "this month", "next year", "March", "March 2024", "2023".</summary>
    private static bool TryEdge(scoped in TokenWindow w, int k, PeriodEdge edge, out TimexMatch match)
    {
        match = default;
        if (w.TryYear(k, out var year))
        {
            match = Date(k + 1, TimexMeaning.Calendar(year) with { Edge = edge });
            return true;
        }

        if (w.IsName(k, TimeWordClass.Month))
        {
            var month = w.Word(k).Value;
            match = w.TryYear(k + 1, out year)
                ? Date(k + 2, TimexMeaning.Calendar(year, month) with { Edge = edge })
                : Date(k + 1, TimexMeaning.Calendar(0, month) with { Edge = edge });
            return true;
        }

        var direction = 0;
        if (w.Is(k, TimeWordClass.Modifier))
        {
            direction = w.Word(k).Value;
            k++;
        }
        else if (w.Is(k, "the"))
        {
            k++;
        }

        var unit = w.Word(k);
        if (!unit.Is(TimeWordClass.Unit) || unit.Is(TimeWordClass.Plural) || unit.Unit is not (TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year))
        {
            return false;
        }

        match = Date(k + 1, TimexMeaning.FromPublication(unit.Unit, direction, edge));
        return true;
    }

    /// <summary>"the next day", "the following Tuesday", "the previous year", "the past week", "the past two weeks", "the coming months".</summary>
    private static bool TryModified(scoped in TokenWindow w, int the, int j, int direction, out TimexMatch match)
    {
        match = default;
        var k = j + 1;
        var next = w.Word(k);
        var anaphoric = w.Is(j, "next") || w.Is(j, "following") || w.Is(j, "previous");
        if (next.Is(TimeWordClass.Weekday) && w.IsCapitalized(k) && !next.Is(TimeWordClass.Plural) && anaphoric)
        {
            // GUM marks only the weekday of "came home the next Tuesday"; the words before it say where to count from.
            var weekdayDirection = direction < 0 ? TemporalDirection.Previous : TemporalDirection.Next;
            match = Date(k + 1, TimexMeaning.OfWeekday(next.Value, weekdayDirection) with { Anchored = true }) with { Unmarked = k - the };
            return true;
        }

        if (next.Is(TimeWordClass.PartOfDay) && anaphoric)
        {
            // "the following morning", "the previous night": a part of the day after (or before) the story's last date.
            match = Date(k + 1, TimexMeaning.FromAnchor(TimeUnit.Day, direction));
            return true;
        }

        if (next.Is(TimeWordClass.Unit) && !next.Is(TimeWordClass.Plural) && next.Unit >= TimeUnit.Day)
        {
            if (anaphoric)
            {
                match = Date(k + 1, TimexMeaning.FromAnchor(next.Unit, direction));
            }
            else if (direction < 0)
            {
                // "over the past week": the stretch up to now.
                match = new TimexMatch(k + 1, TimeExpressionKind.Duration, TimexMeaning.OfPattern(CountedPhrases.Duration(1, next.Unit)));
            }
            else
            {
                match = Date(k + 1, TimexMeaning.FromPublication(next.Unit, direction));
            }

            return true;
        }

        if (next.Is(TimeWordClass.Unit) && next.Is(TimeWordClass.Plural))
        {
            match = new TimexMatch(k + 1, TimeExpressionKind.Duration, TimexMeaning.OfPattern(CountedPhrases.Duration(-1, next.Unit)));
            return true;
        }

        return CountedPhrases.TryStretch(w, k, out match);
    }
}
