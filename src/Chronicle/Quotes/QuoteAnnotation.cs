using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>A direct or indirect quotation and its attribution.</summary>
/// <param name="Content">
/// Offsets of the quoted words (without the outer quotation marks) or of the reported content. A direct quote
/// interrupted by its attribution (<c>"A," she said, "B."</c>) or running over several paragraphs spans all its
/// pieces, as news corpora annotate it; <see cref="Segments"/> lists the verbatim pieces.
/// </param>
/// <param name="Direct">True for verbatim words in quotation marks.</param>
/// <param name="Speaker">Index into <see cref="Document.Entities"/> of the speaker, or null when the article does not say.</param>
/// <param name="Cue">Offsets of the reporting verb or phrase, when there is one.</param>
/// <param name="SpeakerMention">
/// The named mention the speaker was read from (for a pronoun, the mention it refers back to); null when the
/// article names no speaker. Lets the record name the speaker when no entity covers the mention.
/// </param>
public sealed record QuoteAnnotation(TextRange Content, bool Direct, int? Speaker, TextRange? Cue, TextRange? SpeakerMention = null)
{
    /// <summary>The verbatim pieces of a direct quote, without quotation marks; empty for indirect speech.</summary>
    public IReadOnlyList<TextRange> Segments { get; init; } = [];
}
