namespace Chronicle.Ingestion.Html;

/// <summary>What was read from an HTML page: the main text (paragraphs separated by blank lines), title and date.</summary>
/// <param name="UsedFallback">True when the readability pass found no article and the best content container was used instead.</param>
public sealed record HtmlArticle(string Text, string? Title, DateOnly? Published, bool UsedFallback);
