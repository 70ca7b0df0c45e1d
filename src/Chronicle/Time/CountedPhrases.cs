using System.Globalization;

namespace Chronicle.Time;

/// <summary>
/// Phrases built on a count and a unit: durations ("4-1/2 hours", "several months"), offsets ("two days ago",
/// "a week later") and sets ("every Monday", "twice a year").
/// </summary>
internal static class CountedPhrases
{
    /// <summary>The TIMEX3 duration of <paramref name="count"/> units; a negative count is vague ("PXM").</summary>
    public static string Duration(double count, TimeUnit unit)
    {
        var number = count < 0 ? "X" : count.ToString("0.##", CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Second => $"PT{number}S",
            TimeUnit.Minute => $"PT{number}M",
            TimeUnit.Hour => $"PT{number}H",
            TimeUnit.Day => $"P{number}D",
            TimeUnit.Weekend => $"P{number}WE",
            TimeUnit.Week => $"P{number}W",
            TimeUnit.Month => $"P{number}M",
            TimeUnit.Quarter => $"P{number}Q",
            TimeUnit.Year => $"P{number}Y",
            TimeUnit.Decade => $"P{number}DE",
            TimeUnit.Century => $"P{number}CE",
            _ => $"P{number}",
        };
    }

    /// <summary>
    /// Reads a count at <paramref name="i"/>: digits ("4-1/2"), words ("two", "twenty-five", "a"), vague words
    /// ("several", "a few": -1), or a count in an editor's brackets ("[Ten]").
    /// </summary>
    public static bool TryReadCount(scoped in TokenWindow w, int i, out double count, out int next)
    {
        count = 0;
        next = i;
        if (!w.Has(i))
        {
            return false;
        }

        if (w.IsTrigger(i, TriggerWord.Bracket))
        {
            if (!w.Is(i + 2, "]") || !TryReadCount(w, i + 1, out count, out var inner) || inner != i + 2)
            {
                return false;
            }

            next = i + 3;
            return true;
        }

        var text = w.Text(i);
        if (char.IsAsciiDigit(text[0]))
        {
            next = i + 1;
            return NumericForms.TryCount(text, out count);
        }

        var word = w.Word(i);
        if (!word.Is(TimeWordClass.Number))
        {
            var dash = text.IndexOf('-');
            if (dash <= 0)
            {
                return false;
            }

            var tens = TimeLexicon.Lookup(text[..dash]);
            var ones = TimeLexicon.Lookup(text[(dash + 1)..]);
            if (!tens.Is(TimeWordClass.Number) || !ones.Is(TimeWordClass.Number) || tens.Value < 20 || ones.Value is < 1 or > 9)
            {
                return false;
            }

            count = tens.Value + ones.Value;
            next = i + 1;
            return true;
        }

        next = i + 1;
        count = word.Value;
        if (text is "a" or "an" or "A" or "An")
        {
            if (w.Is(i + 1, "few"))
            {
                (count, next) = (-1, i + 2);
            }
            else if (w.Is(i + 1, "couple"))
            {
                (count, next) = (2, i + 2);
            }
        }

        if (w.Is(next - 1, "couple") && w.Is(next, "of"))
        {
            next++;
        }

        return true;
    }

    /// <summary>A count and a unit, then "ago", "later", "from now", or nothing (a duration).</summary>
    public static bool TryCounted(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        if (!TryReadCount(w, i, out var count, out var j) || !w.Is(j, TimeWordClass.Unit))
        {
            return false;
        }

        var unitWord = w.Word(j);
        var unit = unitWord.Unit;
        var article = w.Is(i, "a") || w.Is(i, "an");
        if (article && (unitWord.Is(TimeWordClass.Plural) || unit == TimeUnit.Second) && count == 1)
        {
            // "a second round" is an ordinal, "a days" is not English.
            return false;
        }

        var after = j + 1;
        // "14 years old" is an age; "a quarter of the vote" a fraction.
        if (w.Is(after, "old") || (unit == TimeUnit.Quarter && w.Is(after, "of")))
        {
            return false;
        }

        var vague = count < 0 || count != Math.Floor(count) || count > 100_000;
        if (w.Is(after, "ago"))
        {
            match = vague
                ? new TimexMatch(after + 1, TimeExpressionKind.Date, TimexMeaning.OfPattern("PAST_REF"))
                : Offset(after + 1, unit, -(int)count, anchored: false);
            return true;
        }

        if (w.Is(after, "later") || w.Is(after, "earlier") || w.Is(after, "afterwards") || w.Is(after, "afterward")
            || ((w.Is(after, "after") || w.Is(after, "before") || w.Is(after, "prior")) && w.EndsPhrase(after + 1)))
        {
            var sign = w.Is(after, "earlier") || w.Is(after, "before") || w.Is(after, "prior") ? -1 : 1;
            match = vague
                ? new TimexMatch(after + 1, TimeExpressionKind.Date, TimexMeaning.OfPattern(sign < 0 ? "PAST_REF" : "FUTURE_REF"))
                : Offset(after + 1, unit, sign * (int)count, anchored: true);
            return true;
        }

        if (!vague && w.Is(after, "from") && w.Is(after + 1, "now"))
        {
            match = Offset(after + 2, unit, (int)count, anchored: false);
            return true;
        }

        match = new TimexMatch(after, TimeExpressionKind.Duration, TimexMeaning.OfPattern(Duration(count, unit)));
        return true;
    }

    private static TimexMatch Offset(int end, TimeUnit unit, int count, bool anchored)
    {
        // Weeks and weekends counted back are a point in time ("a week ago" = seven days before), not a calendar week.
        var (resolvedUnit, amount) = unit switch
        {
            TimeUnit.Week or TimeUnit.Weekend => (TimeUnit.Day, count * 7),
            TimeUnit.Quarter => (TimeUnit.Month, count * 3),
            TimeUnit.Decade => (TimeUnit.Year, count * 10),
            TimeUnit.Century => (TimeUnit.Year, count * 100),
            _ => (unit, count),
        };
        if (resolvedUnit <= TimeUnit.Hour)
        {
            // "three hours ago": a time on the day of publication (or of the anchor).
            var meaning = anchored ? TimexMeaning.FromAnchor(TimeUnit.Day, 0) : TimexMeaning.FromPublication(TimeUnit.Day, 0);
            return new TimexMatch(end, TimeExpressionKind.Time, meaning);
        }

        return new TimexMatch(
            end,
            TimeExpressionKind.Date,
            anchored ? TimexMeaning.FromAnchor(resolvedUnit, amount) : TimexMeaning.FromPublication(resolvedUnit, amount));
    }

    /// <summary>After "the past", "the next": "two weeks", "few days" — a stretch of time.</summary>
    public static bool TryStretch(scoped in TokenWindow w, int j, out TimexMatch match)
    {
        match = default;
        if (!TryReadCount(w, j, out var count, out var k) || !w.Is(k, TimeWordClass.Unit) || !w.Is(k, TimeWordClass.Plural))
        {
            return false;
        }

        match = new TimexMatch(k + 1, TimeExpressionKind.Duration, TimexMeaning.OfPattern(Duration(count, w.Word(k).Unit)));
        return true;
    }

    /// <summary>After "every" or "each": "Monday", "week", "two weeks", "other month", "morning".</summary>
    public static bool TryEvery(scoped in TokenWindow w, int j, out TimexMatch match)
    {
        match = default;
        var step = 1;
        if (w.Is(j, "other"))
        {
            step = 2;
            j++;
        }

        var word = w.Word(j);
        string pattern;
        var end = j + 1;
        if (word.Is(TimeWordClass.Weekday) && w.IsCapitalized(j))
        {
            pattern = $"XXXX-WXX-{word.Value}";
        }
        else if (word.Is(TimeWordClass.Month) && w.IsCapitalized(j))
        {
            pattern = $"XXXX-{word.Value:00}";
        }
        else if (word.Is(TimeWordClass.Season))
        {
            pattern = "XXXX-" + SeasonCode(word.Value);
        }
        else if (word.Is(TimeWordClass.PartOfDay))
        {
            pattern = "XXXX-XX-XX" + PartOfDayCode(word.Value);
        }
        else if (word.Is(TimeWordClass.Unit) && !word.Is(TimeWordClass.Plural))
        {
            pattern = Duration(step, word.Unit);
        }
        else if (TryReadCount(w, j, out var count, out var k) && w.Is(k, TimeWordClass.Unit) && count > 0)
        {
            pattern = Duration(count * step, w.Word(k).Unit);
            end = k + 1;
        }
        else
        {
            return false;
        }

        match = new TimexMatch(end, TimeExpressionKind.Set, TimexMeaning.OfPattern(pattern));
        return true;
    }

    /// <summary>After "once" or "twice": "a week", "per year", "weekly".</summary>
    public static bool TryFrequency(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        var j = i + 1;
        if (w.Is(j, TimeWordClass.SetAdverb))
        {
            match = new TimexMatch(j + 1, TimeExpressionKind.Set, TimexMeaning.OfPattern(Duration(1, w.Word(j).Unit)));
            return true;
        }

        if ((w.Is(j, "a") || w.Is(j, "an") || w.Is(j, "per") || w.Is(j, "every") || w.Is(j, "each"))
            && w.Is(j + 1, TimeWordClass.Unit) && !w.Is(j + 1, TimeWordClass.Plural))
        {
            match = new TimexMatch(j + 2, TimeExpressionKind.Set, TimexMeaning.OfPattern(Duration(1, w.Word(j + 1).Unit)));
            return true;
        }

        return false;
    }

    public static string SeasonCode(int season) => season switch
    {
        1 => "SP",
        2 => "SU",
        3 => "FA",
        _ => "WI",
    };

    private static string PartOfDayCode(int part) => part switch
    {
        1 => "TMO",
        2 => "TAF",
        3 => "TEV",
        _ => "TNI",
    };
}
