namespace Chronicle.Training.Entities;

/// <summary>Where a named mention of GUM begins and ends (<see cref="GumNamedMentions"/>).</summary>
public enum GumNameConvention
{
    /// <summary>The recogniser's training and scoring convention: name words by UPOS; a named mention nested after the head is cut off.</summary>
    Gum,

    /// <summary>
    /// Names as news annotation and the article record write them: a word the treebank tags as a Penn proper noun
    /// (NNP, NNPS) is a name word whatever its UPOS (GUM gives "United" in "United States" UPOS VERB), and a named
    /// mention in an "of (the)" complement of an organisation or place is part of its name ("University of
    /// Brackford", not "University" and "Brackford"), and a person mention that GUM heads by a role noun with the
    /// name attached as flat ("party nominee Ada Rennick") names that person. For measuring only.
    /// </summary>
    WholeNames,
}
