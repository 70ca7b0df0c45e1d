using System.Collections.Frozen;

namespace Chronicle.Time;

/// <summary>
/// The words time expressions are built from, looked up once per token (case-insensitively, without allocating).
/// Capitalisation, which separates "May" the month from "may" the verb, is checked by the grammar, not here.
/// </summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, TimeWord> s_words = Build();

    private static readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TimeWord Lookup(ReadOnlySpan<char> word) =>
        s_lookup.TryGetValue(word, out var entry) ? entry : default;

    private static FrozenDictionary<string, TimeWord> Build()
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, TimeWordClass wordClass, int value = 0, TimeUnit unit = TimeUnit.None)
        {
            if (words.TryGetValue(word, out var existing))
            {
                // A word with two roles keeps both; "second" is an ordinal (2) and a unit.
                words[word] = new TimeWord(
                    existing.Classes | wordClass,
                    existing.Value != 0 ? existing.Value : value,
                    existing.Unit != TimeUnit.None ? existing.Unit : unit);
            }
            else
            {
                words[word] = new TimeWord(wordClass, value, unit);
            }
        }

        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        string[][] monthAbbreviations =
        [
            ["Jan"], ["Feb"], ["Mar"], ["Apr"], [], ["Jun"], ["Jul"], ["Aug"], ["Sep", "Sept"], ["Oct"], ["Nov"], ["Dec"],
        ];
        for (var m = 0; m < 12; m++)
        {
            Add(months[m], TimeWordClass.Month, m + 1);
            foreach (var abbreviation in monthAbbreviations[m])
            {
                Add(abbreviation, TimeWordClass.MonthAbbreviation, m + 1);
                Add(abbreviation + ".", TimeWordClass.MonthAbbreviation, m + 1);
            }
        }

        string[] weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        for (var d = 0; d < 7; d++)
        {
            Add(weekdays[d], TimeWordClass.Weekday, d + 1);
            Add(weekdays[d] + "s", TimeWordClass.Weekday | TimeWordClass.Plural, d + 1);
        }

        (string Abbreviation, int Day)[] weekdayAbbreviations =
        [
            ("Mon", 1), ("Tue", 2), ("Tues", 2), ("Wed", 3), ("Thu", 4), ("Thur", 4), ("Thurs", 4), ("Fri", 5), ("Sat", 6), ("Sun", 7),
        ];
        foreach (var (abbreviation, day) in weekdayAbbreviations)
        {
            Add(abbreviation, TimeWordClass.WeekdayAbbreviation, day);
        }

        string[] numbers =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (var n = 1; n < numbers.Length; n++)
        {
            Add(numbers[n], TimeWordClass.Number, n);
        }

        Add("thirty", TimeWordClass.Number, 30);
        Add("forty", TimeWordClass.Number, 40);
        Add("fifty", TimeWordClass.Number, 50);
        Add("sixty", TimeWordClass.Number, 60);
        Add("seventy", TimeWordClass.Number, 70);
        Add("eighty", TimeWordClass.Number, 80);
        Add("ninety", TimeWordClass.Number, 90);
        Add("hundred", TimeWordClass.Number, 100);
        Add("a", TimeWordClass.Number, 1);
        Add("an", TimeWordClass.Number, 1);

        // Vague counts: a duration or a reference with no number in it ("several years ago").
        foreach (var vague in new[] { "several", "few", "many", "some", "couple", "numerous", "multiple" })
        {
            Add(vague, TimeWordClass.Number, -1);
        }

        string[] ordinals =
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
            "twenty-first",
        ];
        for (var o = 0; o < ordinals.Length; o++)
        {
            Add(ordinals[o], TimeWordClass.Ordinal, o + 1);
        }

        (string Singular, string Plural, TimeUnit Unit)[] units =
        [
            ("second", "seconds", TimeUnit.Second), ("minute", "minutes", TimeUnit.Minute), ("hour", "hours", TimeUnit.Hour),
            ("day", "days", TimeUnit.Day), ("weekend", "weekends", TimeUnit.Weekend), ("week", "weeks", TimeUnit.Week),
            ("fortnight", "fortnights", TimeUnit.Week), ("month", "months", TimeUnit.Month), ("quarter", "quarters", TimeUnit.Quarter),
            ("year", "years", TimeUnit.Year), ("decade", "decades", TimeUnit.Decade), ("century", "centuries", TimeUnit.Century),
            ("hr", "hrs", TimeUnit.Hour), ("min", "mins", TimeUnit.Minute), ("yr", "yrs", TimeUnit.Year),
        ];
        foreach (var (singular, plural, unit) in units)
        {
            Add(singular, TimeWordClass.Unit, unit: unit);
            Add(plural, TimeWordClass.Unit | TimeWordClass.Plural, unit: unit);
        }

        Add("yesterday", TimeWordClass.DayWord, -1);
        Add("today", TimeWordClass.DayWord, 0);
        Add("tonight", TimeWordClass.DayWord, 0);
        Add("tomorrow", TimeWordClass.DayWord, 1);

        Add("last", TimeWordClass.Modifier, -1);
        Add("past", TimeWordClass.Modifier, -1);
        Add("previous", TimeWordClass.Modifier, -1);
        Add("next", TimeWordClass.Modifier, 1);
        Add("coming", TimeWordClass.Modifier, 1);
        Add("following", TimeWordClass.Modifier, 1);
        Add("upcoming", TimeWordClass.Modifier, 1);
        Add("this", TimeWordClass.Modifier, 0);
        Add("current", TimeWordClass.Modifier, 0);

        Add("spring", TimeWordClass.Season, 1);
        Add("summer", TimeWordClass.Season, 2);
        Add("autumn", TimeWordClass.Season, 3);
        Add("fall", TimeWordClass.Season, 3);
        Add("winter", TimeWordClass.Season, 4);

        Add("morning", TimeWordClass.PartOfDay, 1);
        Add("afternoon", TimeWordClass.PartOfDay, 2);
        Add("evening", TimeWordClass.PartOfDay, 3);
        Add("night", TimeWordClass.PartOfDay, 4);

        Add("hourly", TimeWordClass.SetAdverb, unit: TimeUnit.Hour);
        Add("daily", TimeWordClass.SetAdverb, unit: TimeUnit.Day);
        Add("nightly", TimeWordClass.SetAdverb, unit: TimeUnit.Day);
        Add("weekly", TimeWordClass.SetAdverb, unit: TimeUnit.Week);
        Add("biweekly", TimeWordClass.SetAdverb, 2, TimeUnit.Week);
        Add("fortnightly", TimeWordClass.SetAdverb, 2, TimeUnit.Week);
        Add("monthly", TimeWordClass.SetAdverb, unit: TimeUnit.Month);
        Add("quarterly", TimeWordClass.SetAdverb, unit: TimeUnit.Quarter);
        Add("yearly", TimeWordClass.SetAdverb, unit: TimeUnit.Year);
        Add("annually", TimeWordClass.SetAdverb, unit: TimeUnit.Year);

        Add("every", TimeWordClass.Every);
        Add("each", TimeWordClass.Every);

        Add("earlier", TimeWordClass.Vague, -1);
        Add("later", TimeWordClass.Vague, 1);

        Add("early", TimeWordClass.PeriodPart, -1);
        Add("late", TimeWordClass.PeriodPart, 1);
        Add("mid", TimeWordClass.PeriodPart, 0);

        foreach (var preposition in new[]
        {
            "in", "on", "since", "by", "from", "until", "till", "through", "throughout", "during", "before", "after",
            "of", "to", "between", "and", "or", "around", "circa", "c.", "ca.", "as", "for", "at", "-", "\u2013", "\u2014", "(", ",",
        })
        {
            Add(preposition, TimeWordClass.TemporalPreposition);
        }

        // Words that start or shape an expression without being one: the grammar switches on the value.
        Add("the", TimeWordClass.Trigger, (int)TriggerWord.The);
        Add("for", TimeWordClass.Trigger, (int)TriggerWord.For);
        Add("recent", TimeWordClass.Trigger, (int)TriggerWord.Recent);
        Add("noon", TimeWordClass.Trigger, (int)TriggerWord.Noon);
        Add("midday", TimeWordClass.Trigger, (int)TriggerWord.Noon);
        Add("midnight", TimeWordClass.Trigger, (int)TriggerWord.Midnight);
        Add("[", TimeWordClass.Trigger, (int)TriggerWord.Bracket);
        Add("'", TimeWordClass.Trigger, (int)TriggerWord.Apostrophe);
        Add("\u2019", TimeWordClass.Trigger, (int)TriggerWord.Apostrophe);
        Add("year-end", TimeWordClass.Trigger, (int)TriggerWord.YearEnd);
        Add("once", TimeWordClass.Trigger, (int)TriggerWord.Once);
        Add("twice", TimeWordClass.Trigger, (int)TriggerWord.Twice);
        Add("Q1", TimeWordClass.Trigger, (int)TriggerWord.Quarter1);
        Add("Q2", TimeWordClass.Trigger, (int)TriggerWord.Quarter2);
        Add("Q3", TimeWordClass.Trigger, (int)TriggerWord.Quarter3);
        Add("Q4", TimeWordClass.Trigger, (int)TriggerWord.Quarter4);

        foreach (var holiday in new[] { "Christmas", "New", "Valentine", "Halloween", "Thanksgiving", "Easter", "Good", "Ash", "Boxing", "Memorial", "Labor" })
        {
            Add(holiday, TimeWordClass.Trigger, (int)TriggerWord.HolidayName);
        }

        Add("that", TimeWordClass.Trigger, (int)TriggerWord.That);
        Add("c.", TimeWordClass.Trigger, (int)TriggerWord.Circa);
        Add("ca.", TimeWordClass.Trigger, (int)TriggerWord.Circa);
        Add("circa", TimeWordClass.Trigger, (int)TriggerWord.Circa);
        Add("AD", TimeWordClass.Trigger, (int)TriggerWord.Circa);
        Add("prior", TimeWordClass.Vague, -1);

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
