namespace Chronicle.Output;

/// <summary>A time expression with its resolved ISO value (date, month or year) or null.</summary>
public sealed record Timex
{
    public required string Text { get; init; }

    public string? Value { get; init; }

    /// <summary>date, time, duration or set.</summary>
    public string? Type { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }
}
