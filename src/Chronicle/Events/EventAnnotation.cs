using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>One coded event: who did what to whom, when and where, with the sentence it was read from.</summary>
public sealed record EventAnnotation
{
    public required PloverType Type { get; init; }

    /// <summary>Index into <see cref="Document.Entities"/> of the source actor, if the entity layer found it.</summary>
    public int? Source { get; init; }

    /// <summary>Index into <see cref="Document.Entities"/> of the target actor, if the entity layer found it.</summary>
    public int? Target { get; init; }

    /// <summary>The source's actor code, also for actors that are not entities ("Russian troops" → RUSMIL).</summary>
    public ActorCode? SourceActor { get; init; }

    public string? SourceName { get; init; }

    public ActorCode? TargetActor { get; init; }

    public string? TargetName { get; init; }

    /// <summary>Who reported the event when it was read from reported speech ("A says B attacked C": A's name).</summary>
    public string? ReportedBy { get; init; }

    public Modality Modality { get; init; }

    public string? Mode { get; init; }

    public string? Context { get; init; }

    /// <summary>CAMEO code with its leading zeros, e.g. <c>043</c>.</summary>
    public string? Cameo { get; init; }

    /// <summary>The Goldstein score of <see cref="Cameo"/>.</summary>
    public double? Goldstein { get; init; }

    /// <summary>Source and target may be swapped (meetings, talks, clashes).</summary>
    public bool Symmetric { get; init; }

    public DateOnly? Date { get; init; }

    public string? Location { get; init; }

    /// <summary>Offsets of the trigger words in the main evidence sentence.</summary>
    public TextRange? Trigger { get; init; }

    /// <summary>Offsets of every sentence that reports this event; the first is the main evidence.</summary>
    public required IReadOnlyList<TextRange> Evidence { get; init; }
}
