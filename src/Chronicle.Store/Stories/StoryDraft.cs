namespace Chronicle.Store.Stories;

/// <summary>A story as the merger builds it: its stable key and its reports, earliest first.</summary>
internal sealed class StoryDraft
{
    public StoryDraft(string key, StoryReport first)
    {
        Key = key;
        Reports.Add(first);
        Source = first.Source;
        Target = first.Target;
        Location = first.Location;
    }

    /// <summary>Stable across recomputations while the earliest report stays the same.</summary>
    public string Key { get; }

    public List<StoryReport> Reports { get; } = [];

    /// <summary>The most specific codes and place seen so far (RUSGOV rather than RUS).</summary>
    public string? Source { get; private set; }

    public string? Target { get; private set; }

    public string? Location { get; private set; }

    public StoryReport First => Reports[0];

    public int Mentions => Reports.Sum(r => r.Mentions);

    public int Articles => Reports.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Count();

    public int Sources => Reports.Select(r => r.ArticleSource ?? "article:" + r.ArticleId).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public string? DateLast => Reports.Select(r => r.Date).Where(d => d is not null).Max(StringComparer.Ordinal);

    /// <param name="swapped">The report names the story's target as its source (a symmetric event told the other way round).</param>
    public void Add(StoryReport report, bool swapped)
    {
        Reports.Add(report);
        Source = MoreSpecific(Source, swapped ? report.Target : report.Source);
        Target = MoreSpecific(Target, swapped ? report.Source : report.Target);
        Location = MoreSpecific(Location, report.Location);
    }

    private static string? MoreSpecific(string? current, string? other) =>
        current is null || (other is not null && other.Length > current.Length) ? other : current;
}
