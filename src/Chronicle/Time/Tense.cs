namespace Chronicle.Time;

/// <summary>The time a clause refers to, as far as its verb forms tell.</summary>
public enum Tense : byte
{
    Unknown,
    Past,
    Present,
    Future,
}
