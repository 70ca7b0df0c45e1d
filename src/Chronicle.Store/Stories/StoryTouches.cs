namespace Chronicle.Store.Stories;

/// <summary>The story keys and event dates a batch added or removed events under: what must be re-merged.</summary>
internal sealed class StoryTouches
{
    private readonly SortedDictionary<string, SortedSet<string>> _dates = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _undated = new(StringComparer.Ordinal);

    public IEnumerable<string> Keys => _dates.Keys.Union(_undated, StringComparer.Ordinal).Order(StringComparer.Ordinal);

    public void Add(string key, string? date)
    {
        if (date is null)
        {
            _undated.Add(key);
            return;
        }

        if (!_dates.TryGetValue(key, out var dates))
        {
            dates = new SortedSet<string>(StringComparer.Ordinal);
            _dates[key] = dates;
        }

        dates.Add(date);
    }

    public IReadOnlyCollection<string> Dates(string key) => _dates.TryGetValue(key, out var dates) ? dates : [];

    public bool HasUndated(string key) => _undated.Contains(key);
}
