namespace Chronicle.Time;

/// <summary>What a word can contribute to a time expression; a word may have several roles ("second": ordinal and unit).</summary>
[Flags]
internal enum TimeWordClass : uint
{
    None = 0,

    /// <summary>Full month name ("March"); <see cref="TimeWord.Value"/> is 1–12.</summary>
    Month = 1 << 0,

    /// <summary>Month abbreviation ("Feb", "Sept."), a month only beside a day or year number.</summary>
    MonthAbbreviation = 1 << 1,

    /// <summary>Weekday name; value is the ISO day number (Monday = 1).</summary>
    Weekday = 1 << 2,

    /// <summary>Cardinal number word ("two", "a"); value is the number (-1 for vague "several", "few").</summary>
    Number = 1 << 3,

    /// <summary>Ordinal word or numeral suffix ("first", "21st"); value is the number.</summary>
    Ordinal = 1 << 4,

    /// <summary>Unit noun ("day", "weeks"); <see cref="TimeWord.Unit"/> says which.</summary>
    Unit = 1 << 5,

    /// <summary>yesterday, today, tomorrow, tonight; value is the day offset.</summary>
    DayWord = 1 << 6,

    /// <summary>last, next, this, coming, past, previous, following; value is the direction (-1, 0, +1).</summary>
    Modifier = 1 << 7,

    /// <summary>Season name; value 1–4 = spring, summer, autumn, winter.</summary>
    Season = 1 << 8,

    /// <summary>morning, afternoon, evening, night.</summary>
    PartOfDay = 1 << 9,

    /// <summary>daily, weekly, annually: a set on its own; <see cref="TimeWord.Unit"/> is the period.</summary>
    SetAdverb = 1 << 10,

    /// <summary>every, each.</summary>
    Every = 1 << 11,

    /// <summary>earlier, later: "earlier this month"; "two days later".</summary>
    Vague = 1 << 12,

    /// <summary>early, late, mid: a part of a period; value -1, +1, 0.</summary>
    PeriodPart = 1 << 13,

    /// <summary>Plural unit ("days", "months"): a duration when counted or after "for".</summary>
    Plural = 1 << 14,

    /// <summary>Prepositions that introduce a time ("in", "since", "by"): they make a bare year or "May" a date.</summary>
    TemporalPreposition = 1 << 15,

    /// <summary>A word that opens or shapes an expression ("the", "for", "Q1"); value is a <see cref="TriggerWord"/>.</summary>
    Trigger = 1 << 16,

    /// <summary>Weekday abbreviation ("Tues", "Thurs"): a weekday only with its full stop ("Tues.").</summary>
    WeekdayAbbreviation = 1 << 17,
}
