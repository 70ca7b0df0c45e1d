namespace Chronicle.Events;

/// <summary>Where, relative to the trigger, an event's source or target is found (active voice for verbs).</summary>
public enum ArgumentRole : byte
{
    /// <summary>The subject of the verb (nsubj).</summary>
    Subject,

    /// <summary>The direct object (obj).</summary>
    Object,

    /// <summary>The indirect object (iobj).</summary>
    IndirectObject,

    /// <summary>The possessor of an event noun ("Xi's visit": nmod:poss).</summary>
    Possessor,

    /// <summary>An oblique or nominal modifier introduced by <see cref="ArgumentHint.Preposition"/> (obl, nmod with case).</summary>
    Oblique,

    /// <summary>
    /// The subject of the reporting verb the trigger's clause is reported by: an evaluation is the speaker's
    /// ("Beijing said the warrant reflected double standards": Beijing accuses).
    /// </summary>
    Speaker,
}
