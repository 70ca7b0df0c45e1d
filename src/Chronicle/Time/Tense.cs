namespace Chronicle.Time;

/// <summary>The time a clause refers to, as far as its verb forms tell.</summary>
public enum Tense : byte
{
    Unknown,
    Past,
    Present,
    Future,

    /// <summary>A plan told in the past ("was expected to end on December 15"): it may lie on either side of publication, so the nearest reading is taken.</summary>
    FutureInPast,
}
