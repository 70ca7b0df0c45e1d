namespace Chronicle.Quotes;

/// <summary>How a reporting cue relates to its speaker and content (the <c>kind</c> column of data/quotes/cues.tsv).</summary>
public enum CueKind : byte
{
    /// <summary>A verb of saying: the speaker is its subject, or follows it in an inversion ("said Smith").</summary>
    Speech,

    /// <summary>A verb of thinking reporting a stance; it introduces indirect speech but never a direct quote.</summary>
    Belief,

    /// <summary>The speaker follows the cue: "according to X", "quoted X as saying".</summary>
    Source,

    /// <summary>Extends a cue ("said in a statement"); never a cue on its own.</summary>
    Adjunct,

    /// <summary>
    /// A noun that reports what its possessor said or holds, only with the possessor and "that" ("Trump's claim that
    /// …", "her warning that …"); indirect speech only.
    /// </summary>
    Claim,
}
