namespace Chronicle.Time;

/// <summary>"the end of the year" names one day of a period: its last (or first) day.</summary>
internal enum PeriodEdge : byte
{
    None,
    Start,
    End,
}
