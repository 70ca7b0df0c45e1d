namespace Chronicle.Events;

/// <summary>How a modality cue reaches the event trigger it qualifies.</summary>
public enum CueScope : byte
{
    /// <summary>
    /// The cue sits in the trigger's own clause, before it: an auxiliary, negation or adverb
    /// ("will visit", "did not meet", "might arm", "no talks"). In the parse: an aux/advmod/det of the trigger.
    /// </summary>
    Clause,

    /// <summary>
    /// The cue heads a clause or phrase that contains the trigger, which follows it, subject and all
    /// ("fears that China might arm", "if Russia attacks", "refused to meet", "urged Moscow to withdraw").
    /// In the parse: the trigger is inside the cue's ccomp/xcomp/advcl/obj subtree.
    /// </summary>
    Complement,

    /// <summary>
    /// The cue follows the trigger in its clause ("to visit next week", "the talks were cancelled").
    /// In the parse: a modifier or the governing predicate of the trigger.
    /// </summary>
    Following,
}
