namespace Chronicle.Documents;

/// <summary>What is known about an article besides its text.</summary>
/// <param name="Id">Stable id: the input's, else a hash of the normalised text.</param>
/// <param name="Title">Headline, given or detected.</param>
/// <param name="Published">Publication date, given or found in the page.</param>
/// <param name="Source">Outlet, URL or file the article came from.</param>
/// <param name="Dateline">Place named in the dateline ("Moscow:"), if any.</param>
public sealed record ArticleMetadata(
    string Id,
    string? Title = null,
    DateOnly? Published = null,
    string? Source = null,
    string? Dateline = null);
