namespace Chronicle.Events;

/// <summary>One row of the event lexicon: a trigger phrase and the PLOVER/CAMEO coding it fixes.</summary>
public sealed record EventLexiconEntry
{
    /// <summary>The phrase as written in the file: lemmas, with <c>~</c> where modifiers may intervene.</summary>
    public required string Phrase { get; init; }

    /// <summary>The phrase's lemmas, without the gap marks.</summary>
    public required IReadOnlyList<string> Words { get; init; }

    public required TriggerKind Kind { get; init; }

    public required PloverType Type { get; init; }

    public string? Mode { get; init; }

    public string? Context { get; init; }

    public required CameoCode Cameo { get; init; }

    /// <summary>The Goldstein score of <see cref="Cameo"/> in the table the lexicon was loaded against.</summary>
    public required double Goldstein { get; init; }

    /// <summary>Where the source (PLOVER actor) is found, in order of preference.</summary>
    public required IReadOnlyList<ArgumentHint> Source { get; init; }

    /// <summary>Where the target (PLOVER recipient) is found, in order of preference; empty when there is none.</summary>
    public required IReadOnlyList<ArgumentHint> Target { get; init; }

    /// <summary>Source and target may be swapped (meet, talks, clash): coordinated subjects are all actors.</summary>
    public bool Symmetric { get; init; }

    /// <summary>Why the PLOVER type differs from the CAMEO2PLOVER mapping of <see cref="Cameo"/>; null when it agrees.</summary>
    public string? Override { get; init; }

    public string? Note { get; init; }

    /// <summary>The line of lexicon.tsv the entry was read from.</summary>
    public required int Line { get; init; }
}
