using System.Text.Json.Serialization;

namespace Chronicle.Output;

/// <summary>One PLOVER-coded event, as in the article record.</summary>
public sealed record Event
{
    public string? Source { get; init; }

    public string? SourceName { get; init; }

    /// <summary>One of the 16 PLOVER types.</summary>
    [JsonPropertyName("event")]
    public required string EventType { get; init; }

    public string? Mode { get; init; }

    public string? Context { get; init; }

    public string? Cameo { get; init; }

    public double? Goldstein { get; init; }

    public string? Target { get; init; }

    public string? TargetName { get; init; }

    /// <summary>asserted, planned, hypothetical or negated.</summary>
    public required string Modality { get; init; }

    public string? Date { get; init; }

    public string? Location { get; init; }

    public required string Evidence { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Offsets of every other sentence reporting the same event.</summary>
    public IReadOnlyList<OffsetRange> MoreEvidence { get; init; } = [];
}
