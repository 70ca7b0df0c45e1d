namespace Chronicle.Store.Stories;

/// <summary>The story keys and event dates a batch added or removed events under: what must be re-merged.</summary>
internal sealed class StoryTouches
{
    private readonly SortedDictionary<string, SortedSet<string>> _dates = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _undated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string? Date, long Story)>> _removed = new(StringComparer.Ordinal);

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

    /// <summary>Records that an event of <paramref name="story"/>, dated <paramref name="date"/>, was deleted.</summary>
    public void Removed(string key, string? date, long story)
    {
        if (!_removed.TryGetValue(key, out var list))
        {
            list = [];
            _removed[key] = list;
        }

        list.Add((date, story));
    }

    /// <summary>Stories that lost events dated within [from, to] (undated events when both are null).</summary>
    public IEnumerable<long> RemovedStories(string key, string? from, string? to) =>
        _removed.TryGetValue(key, out var list)
            ? list.Where(r => from is null
                    ? r.Date is null
                    : r.Date is not null && string.CompareOrdinal(from, r.Date) <= 0 && string.CompareOrdinal(r.Date, to) <= 0)
                .Select(r => r.Story)
            : [];

    public IReadOnlyCollection<string> Dates(string key) => _dates.TryGetValue(key, out var dates) ? dates : [];

    public bool HasUndated(string key) => _undated.Contains(key);
}
