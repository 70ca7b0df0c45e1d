namespace Chronicle.Events;

/// <summary>One row of the modality cue lexicon: a word or phrase that makes an event planned, hypothetical or negated.</summary>
public sealed record ModalityCue
{
    /// <summary>The cue as written in the file: lemmas, with <c>~</c> where words may intervene ("urge ~ to").</summary>
    public required string Phrase { get; init; }

    public required Modality Modality { get; init; }

    public required CueScope Scope { get; init; }

    /// <summary>The most tokens allowed between the cue and the trigger in the word-window scoping.</summary>
    public required int Window { get; init; }

    /// <summary>The kind of trigger the cue qualifies; null for both ("the planned summit" is nouns only, "denied attacking" verbs only).</summary>
    public TriggerKind? AppliesTo { get; init; }

    /// <summary>
    /// The cue states the subject's intention or offer ("will", "plans to", "is ready to", "threatened to"). PLOVER
    /// codes intended cooperation as AGREE and intended harm as THREATEN rather than the event plus a modality;
    /// the coder uses this flag for that rule.
    /// </summary>
    public bool ExpressesIntent { get; init; }

    public string? Note { get; init; }

    /// <summary>The line of modality.tsv the cue was read from.</summary>
    public required int Line { get; init; }
}
