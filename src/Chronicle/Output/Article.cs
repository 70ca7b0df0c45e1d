namespace Chronicle.Output;

/// <summary>The article record of shared/spec/article-json.md: Chronicle's output contract.</summary>
public sealed record Article
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    /// <summary><c>YYYY-MM-DD</c> or null.</summary>
    public string? Published { get; init; }

    public string? Source { get; init; }

    public required string Language { get; init; }

    public required string Body { get; init; }

    /// <summary>Place named in the article's dateline ("Moscow:"), if any.</summary>
    public string? Dateline { get; init; }

    public IReadOnlyList<OffsetRange> Paragraphs { get; init; } = [];

    public IReadOnlyList<OffsetRange> Sentences { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    public IReadOnlyList<Event> Events { get; init; } = [];

    public IReadOnlyList<Timex> Dates { get; init; } = [];

    /// <summary>What a reader should know about how the article was processed (skipped stages, recovered errors).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
