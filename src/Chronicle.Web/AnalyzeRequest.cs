namespace Chronicle.Web;

/// <summary>The JSON body of <c>POST /api/analyze</c>: the article as text or as HTML, with optional metadata.</summary>
public sealed record AnalyzeRequest
{
    public string? Text { get; init; }

    public string? Html { get; init; }

    public string? Title { get; init; }

    /// <summary><c>YYYY-MM-DD</c>; anchors relative dates ("on Monday").</summary>
    public string? Published { get; init; }

    public string? Source { get; init; }
}
