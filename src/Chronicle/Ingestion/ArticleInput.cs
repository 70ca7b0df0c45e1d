namespace Chronicle.Ingestion;

/// <summary>One article as it arrives, before cleaning: plain text or HTML plus whatever metadata came with it.</summary>
/// <param name="Origin">Names the input for error messages: a file path, or <c>file.jsonl:LINE</c>.</param>
public sealed record ArticleInput(
    string Origin,
    string? Id = null,
    string? Title = null,
    DateOnly? Published = null,
    string? Source = null,
    string? Text = null,
    string? Html = null);
