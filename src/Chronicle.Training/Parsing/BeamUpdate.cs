namespace Chronicle.Training.Parsing;

/// <summary>Where a globally trained beam parser is updated when the gold derivation loses.</summary>
public enum BeamUpdate
{
    /// <summary>At the step where the best hypothesis outscores the gold prefix by most (Huang, Fayong &amp; Guo 2012).</summary>
    MaxViolation,

    /// <summary>At the step where the gold prefix falls out of the beam (Collins &amp; Roark 2004).</summary>
    Early,
}
