using Chronicle.Documents;

namespace Chronicle.Training.Evaluation;

/// <summary>
/// A UD treebank document rebuilt as raw text, with its gold tokens and sentence ends as character offsets.
/// </summary>
/// <param name="Id">The treebank's document id (<c># newdoc id</c>).</param>
/// <param name="Text">Paragraphs joined by a blank line; tokens and sentences joined by a space unless <c>SpaceAfter=No</c>.</param>
/// <param name="Paragraphs">The paragraphs (<c># newpar</c>) as character ranges.</param>
/// <param name="Tokens">Gold tokens: the syntactic words of a multiword token where they spell it, else the surface token.</param>
/// <param name="SentenceEnds">End offset of every gold sentence.</param>
public sealed record UdDocument(
    string Id,
    string Text,
    IReadOnlyList<TextRange> Paragraphs,
    IReadOnlyList<TextRange> Tokens,
    IReadOnlyList<int> SentenceEnds)
{
    /// <summary>
    /// True when the treebank withholds the text (GUM's Reddit documents ship every word as underscores), so there is
    /// nothing to segment.
    /// </summary>
    public bool IsMasked => !Text.AsSpan().ContainsAnyExcept("_ \n");
}
