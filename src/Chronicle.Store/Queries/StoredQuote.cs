namespace Chronicle.Store.Queries;

/// <summary>One quote as stored, with its article.</summary>
public sealed record StoredQuote(
    string ArticleId,
    int Index,
    string? Speaker,
    string Text,
    bool Direct,
    string? Cue,
    int Start,
    int End,
    string? Published,
    string? ArticleSource);
