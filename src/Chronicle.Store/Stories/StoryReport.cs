namespace Chronicle.Store.Stories;

/// <summary>One stored event report, as the story merger sees it.</summary>
/// <param name="Mentions">Sentences of the article reporting it (the evidence plus any more evidence).</param>
/// <param name="ArticleSource">The article's outlet, URL or file; null counts the article as its own source.</param>
internal sealed record StoryReport(
    long EventId,
    string ArticleId,
    int Index,
    string? Date,
    string? Location,
    string? Source,
    string? SourceName,
    string? Target,
    string? TargetName,
    string EventType,
    string Modality,
    string? Cameo,
    double Goldstein,
    int Quad,
    string Evidence,
    int Mentions,
    string? ArticleSource,
    long? StoryId);
