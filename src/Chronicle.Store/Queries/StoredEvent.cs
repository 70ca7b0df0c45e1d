namespace Chronicle.Store.Queries;

/// <summary>One event as stored: the article record's event plus where it came from and the story it belongs to.</summary>
public sealed record StoredEvent
{
    public required long Id { get; init; }

    public required string ArticleId { get; init; }

    /// <summary>The event's position in its article's <c>events</c> array.</summary>
    public required int Index { get; init; }

    public string? Source { get; init; }

    public string? SourceName { get; init; }

    public required string EventType { get; init; }

    public string? Mode { get; init; }

    public string? Context { get; init; }

    public string? Cameo { get; init; }

    /// <summary>The event's Goldstein score: given, else from its CAMEO code, else from its PLOVER type.</summary>
    public double Goldstein { get; init; }

    /// <summary>PLOVER quad class 1–4 (verbal/material cooperation, verbal/material conflict).</summary>
    public int Quad { get; init; }

    public string? Target { get; init; }

    public string? TargetName { get; init; }

    public required string Modality { get; init; }

    /// <summary>The event's date, else the article's publication date; null when neither is known.</summary>
    public string? Date { get; init; }

    public string? Location { get; init; }

    public required string Evidence { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>The article's source (outlet, URL or file).</summary>
    public string? ArticleSource { get; init; }

    public long? StoryId { get; init; }
}
