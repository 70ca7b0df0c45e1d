namespace Chronicle.Events;

/// <summary>Whether a lexicon entry is headed by a verb ("denounce", "call on") or is an event noun ("visit", "arrest warrant").</summary>
public enum TriggerKind : byte
{
    /// <summary>Headed by its first word, which must be tagged VERB once a tagger has run.</summary>
    Verb,

    /// <summary>Headed by its last word, which must be tagged NOUN or PROPN once a tagger has run.</summary>
    Noun,
}
