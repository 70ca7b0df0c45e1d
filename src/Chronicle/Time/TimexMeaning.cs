namespace Chronicle.Time;

/// <summary>
/// What a recognised expression means before it is placed on the calendar. One flat value type rather than a
/// hierarchy: the grammar builds many of these and the resolver switches on <see cref="Form"/>.
/// </summary>
internal readonly record struct TimexMeaning
{
    public TimexForm Form { get; init; }

    /// <summary>Year as written; 0 when the text gives none (it is then inferred).</summary>
    public int Year { get; init; }

    /// <summary>1–12, or 0 when the expression names no month.</summary>
    public int Month { get; init; }

    /// <summary>1–31, or 0 when the expression names no day.</summary>
    public int Day { get; init; }

    /// <summary>ISO weekday number (Monday = 1) for <see cref="TimexForm.Weekday"/>.</summary>
    public int Weekday { get; init; }

    public TemporalDirection Direction { get; init; }

    /// <summary>True when a weekday is counted from the last date the story named, not from publication ("the next Tuesday").</summary>
    public bool Anchored { get; init; }

    /// <summary>The unit of an offset (<see cref="TimexForm.PublicationOffset"/>, <see cref="TimexForm.AnchorOffset"/>).</summary>
    public TimeUnit Unit { get; init; }

    public int Offset { get; init; }

    public PeriodEdge Edge { get; init; }

    /// <summary>Season (1–4: SP, SU, FA, WI) or quarter (5–8: Q1–Q4) of the year; 0 for none. ISO dates have no place for them.</summary>
    public int YearPart { get; init; }

    /// <summary>A named day ("Christmas", "Easter"): the date is computed once the year is known.</summary>
    public Holiday Holiday { get; init; }

    /// <summary>The TIMEX3 value of an <see cref="TimexForm.Opaque"/> expression ("P2D", "XXXX-WXX-1", "199").</summary>
    public string? Pattern { get; init; }

    public static TimexMeaning Calendar(int year, int month = 0, int day = 0) =>
        new() { Form = TimexForm.Calendar, Year = year, Month = month, Day = day };

    public static TimexMeaning OfWeekday(int weekday, TemporalDirection direction) =>
        new() { Form = TimexForm.Weekday, Weekday = weekday, Direction = direction };

    public static TimexMeaning FromPublication(TimeUnit unit, int offset, PeriodEdge edge = PeriodEdge.None) =>
        new() { Form = TimexForm.PublicationOffset, Unit = unit, Offset = offset, Edge = edge };

    public static TimexMeaning FromAnchor(TimeUnit unit, int offset) =>
        new() { Form = TimexForm.AnchorOffset, Unit = unit, Offset = offset };

    public static TimexMeaning OfPattern(string pattern) => new() { Form = TimexForm.Opaque, Pattern = pattern };
}
