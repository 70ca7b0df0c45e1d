using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>One coded event: who did what to whom, when and where, with the sentence it was read from.</summary>
public sealed record EventAnnotation
{
    public required PloverType Type { get; init; }

    /// <summary>Index into <see cref="Document.Entities"/> of the source actor, if resolved.</summary>
    public int? Source { get; init; }

    /// <summary>Index into <see cref="Document.Entities"/> of the target actor, if any.</summary>
    public int? Target { get; init; }

    public Modality Modality { get; init; }

    public string? Mode { get; init; }

    public string? Context { get; init; }

    /// <summary>CAMEO code with its leading zeros, e.g. <c>043</c>.</summary>
    public string? Cameo { get; init; }

    public DateOnly? Date { get; init; }

    public string? Location { get; init; }

    /// <summary>Offsets of every sentence that reports this event; the first is the main evidence.</summary>
    public required IReadOnlyList<TextRange> Evidence { get; init; }
}
