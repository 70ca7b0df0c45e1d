namespace Chronicle.Time;

/// <summary>Which occurrence of a weekday, month or yearless date is meant, relative to the reference date.</summary>
internal enum TemporalDirection : byte
{
    /// <summary>Decided by the tense of the clause: past → on or before, future → on or after.</summary>
    ByTense,

    /// <summary>"last Friday": strictly before.</summary>
    Previous,

    /// <summary>"next Friday": strictly after.</summary>
    Next,

    /// <summary>"this Friday": within the current week, tense decides the side.</summary>
    Current,
}
