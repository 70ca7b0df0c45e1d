namespace Chronicle.Time;

/// <summary>How a recognised expression gets its value.</summary>
internal enum TimexForm : byte
{
    /// <summary>Year, month and day as written; a missing year is inferred from the reference date and tense.</summary>
    Calendar,

    /// <summary>A weekday, found from the reference date by direction and tense.</summary>
    Weekday,

    /// <summary>An offset in units from the publication date: "yesterday", "last month", "two years ago".</summary>
    PublicationOffset,

    /// <summary>An offset from the last date mentioned before: "a week later", "the next day".</summary>
    AnchorOffset,

    /// <summary>No calendar value: durations, sets, decades; only a TIMEX3 pattern.</summary>
    Opaque,
}
