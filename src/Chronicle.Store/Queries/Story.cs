namespace Chronicle.Store.Queries;

/// <summary>One real-world event: the merged reports of it across articles, with counts for weighting.</summary>
public sealed record Story
{
    public required long Id { get; init; }

    public string? Source { get; init; }

    public string? SourceName { get; init; }

    public required string EventType { get; init; }

    public string? Cameo { get; init; }

    public double Goldstein { get; init; }

    public int Quad { get; init; }

    public string? Target { get; init; }

    public string? TargetName { get; init; }

    public required string Modality { get; init; }

    /// <summary>The earliest date reported.</summary>
    public string? Date { get; init; }

    /// <summary>The latest date reported (at most a day after <see cref="Date"/>).</summary>
    public string? DateLast { get; init; }

    public string? Location { get; init; }

    /// <summary>Event reports merged into the story (several may come from one article).</summary>
    public int Mentions { get; init; }

    public int Articles { get; init; }

    /// <summary>Distinct article sources (outlets); an article without a source counts as its own.</summary>
    public int Sources { get; init; }

    /// <summary>The article of the earliest report, and its source (URL or outlet).</summary>
    public required string FirstArticleId { get; init; }

    public string? FirstSource { get; init; }

    /// <summary>The evidence sentence of the earliest report.</summary>
    public required string Evidence { get; init; }
}
