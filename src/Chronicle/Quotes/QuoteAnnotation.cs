using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>A direct or indirect quotation and its attribution.</summary>
/// <param name="Content">Offsets of the quoted words (without quotation marks) or the reported content.</param>
/// <param name="Direct">True for verbatim words in quotation marks.</param>
/// <param name="Speaker">Index into <see cref="Document.Entities"/> of the speaker, or null when the article does not say.</param>
/// <param name="Cue">Offsets of the reporting verb or phrase, when there is one.</param>
public sealed record QuoteAnnotation(TextRange Content, bool Direct, int? Speaker, TextRange? Cue);
