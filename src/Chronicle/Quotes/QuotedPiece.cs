using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>
/// One stretch of words between quotation marks inside one paragraph. <see cref="Close"/> is -1 when no mark closes
/// it there; <see cref="Group"/> is shared by the pieces of a quote that runs over several paragraphs.
/// </summary>
internal readonly record struct QuotedPiece(int Open, int Close, TokenRange Content, int Paragraph, int Group);
