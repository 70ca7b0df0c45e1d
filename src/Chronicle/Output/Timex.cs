namespace Chronicle.Output;

/// <summary>A time expression with its resolved ISO value (date, month or year) or null.</summary>
public sealed record Timex
{
    public required string Text { get; init; }

    public string? Value { get; init; }

    /// <summary>date, time, duration or set.</summary>
    public string? Type { get; init; }

    /// <summary>
    /// The full TIMEX3 value where it says more than <see cref="Value"/> can: weeks (2023-W12), seasons (2023-SU),
    /// quarters (2023-Q1), decades (199), durations (PT4.5H), sets (XXXX-WXX-1). An extension of the spec's record.
    /// </summary>
    public string? Timex3 { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }
}
