namespace Chronicle.Store.Queries;

/// <summary>Events between two countries (or IGOs), three-letter codes, over time.</summary>
public sealed record DyadQuery
{
    public required string First { get; init; }

    public required string Second { get; init; }

    public TimeBucket Bucket { get; init; } = TimeBucket.Month;

    /// <summary>Only events with <see cref="First"/> as source; otherwise both directions.</summary>
    public bool Directed { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    /// <summary>Only asserted events by default: planned, feared and denied events did not happen.</summary>
    public bool AssertedOnly { get; init; } = true;
}
