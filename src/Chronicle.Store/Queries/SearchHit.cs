namespace Chronicle.Store.Queries;

/// <summary>An article matching a full-text search, with the matched words in [brackets] in the snippet.</summary>
public sealed record SearchHit(string ArticleId, string? Title, string? Published, string? Source, string Snippet);
