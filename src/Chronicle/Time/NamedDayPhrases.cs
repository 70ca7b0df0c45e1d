using static Chronicle.Time.TimexGrammar;

namespace Chronicle.Time;

/// <summary>Named days ("Christmas", "Good Friday") and anaphoric "that year", "that night".</summary>
internal static class NamedDayPhrases
{
    /// <summary>"that year", "that same day", "that night": the period of the last date the story named.</summary>
    public static bool TryThat(scoped in TokenWindow w, int j, out TimexMatch match)
    {
        match = default;
        if (w.Is(j, "same"))
        {
            j++;
        }

        var word = w.Word(j);
        if (word.Is(TimeWordClass.PartOfDay))
        {
            match = Date(j + 1, TimexMeaning.FromAnchor(TimeUnit.Day, 0));
            return true;
        }

        if (!word.Is(TimeWordClass.Unit) || word.Is(TimeWordClass.Plural) || word.Unit is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year))
        {
            return false;
        }

        match = Date(j + 1, TimexMeaning.FromAnchor(word.Unit, 0));
        return true;
    }

    /// <summary>"Christmas (Day|Eve)", "New Year's Day", "Easter (Monday)", "Good Friday", "Thanksgiving", optionally with a year.</summary>
    public static bool TryHoliday(scoped in TokenWindow w, int i, out TimexMatch match)
    {
        match = default;
        if (!w.IsCapitalized(i))
        {
            return false;
        }

        var (holiday, end) = HolidayAt(w, i);
        if (holiday == Holiday.None || IsNameHead(w, end))
        {
            return false;
        }

        var year = w.TryYear(end, out var written) ? written : 0;
        match = Date(year > 0 ? end + 1 : end, TimexMeaning.Calendar(year) with { Holiday = holiday });
        return true;
    }

    /// <summary>A holiday that starts a name is no date: "Easter Island", "the Easter Rising", "Christmas Islands".</summary>
    private static bool IsNameHead(scoped in TokenWindow w, int i) =>
        w.Is(i, "Island") || w.Is(i, "Islands") || w.Is(i, "Rising") || w.Is(i, "Uprising") || w.Is(i, "Offensive") || w.Is(i, "Parade");

    private static (Holiday Holiday, int End) HolidayAt(scoped in TokenWindow w, int i)
    {
        var possessive = w.Is(i + 1, "'s") || w.Is(i + 1, "\u2019s");
        if (w.Is(i, "Christmas"))
        {
            return w.Is(i + 1, "Eve") ? (Holiday.ChristmasEve, i + 2) : (Holiday.ChristmasDay, w.Is(i + 1, "Day") ? i + 2 : i + 1);
        }

        if (w.Is(i, "New") && w.Is(i + 1, "Year") && (w.Is(i + 2, "'s") || w.Is(i + 2, "\u2019s")))
        {
            return w.Is(i + 3, "Day") ? (Holiday.NewYearsDay, i + 4) : w.Is(i + 3, "Eve") ? (Holiday.NewYearsEve, i + 4) : (Holiday.None, i);
        }

        if (w.Is(i, "Valentine") && possessive && w.Is(i + 2, "Day"))
        {
            return (Holiday.ValentinesDay, i + 3);
        }

        if (w.Is(i, "Halloween"))
        {
            return (Holiday.Halloween, i + 1);
        }

        if (w.Is(i, "Thanksgiving"))
        {
            return (Holiday.Thanksgiving, w.Is(i + 1, "Day") ? i + 2 : i + 1);
        }

        if (w.Is(i, "Easter"))
        {
            return w.Is(i + 1, "Monday") ? (Holiday.EasterMonday, i + 2) : (Holiday.EasterSunday, w.Is(i + 1, "Sunday") ? i + 2 : i + 1);
        }

        var day = w.Is(i + 1, "Day");
        return w.Text(i) switch
        {
            "Good" when w.Is(i + 1, "Friday") => (Holiday.GoodFriday, i + 2),
            "Ash" when w.Is(i + 1, "Wednesday") => (Holiday.AshWednesday, i + 2),
            "Boxing" when day => (Holiday.BoxingDay, i + 2),
            "Memorial" when day => (Holiday.MemorialDay, i + 2),
            "Labor" when day => (Holiday.LaborDay, i + 2),
            _ => (Holiday.None, i),
        };
    }
}
