using Chronicle.Documents;

namespace Chronicle.Cleaning;

/// <summary>The result of cleaning: the body text, its paragraphs, and what cleaning learned about the article.</summary>
public sealed record CleanedArticle(
    string Body,
    IReadOnlyList<TextRange> Paragraphs,
    string? Title,
    string? Dateline,
    IReadOnlyList<string> Notes);
