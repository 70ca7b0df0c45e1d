using System.Globalization;

namespace Chronicle.Store.Stories;

/// <summary>
/// Merges the event reports sharing one <see cref="StoryKeys.Base"/> into stories: reports join the earliest
/// open story whose first date is at most a day before theirs, whose actor codes are compatible (equal, or one
/// a prefix of the other: RUS and RUSGOV) and whose place is compatible (unknown, equal, or one naming the
/// other more fully: "Moscow" and "Moscow, Russia"). Anchoring on the first date keeps a daily-repeated
/// event (talks every day for a month) from chaining into one story. Reports without any date stand alone.
/// The result depends only on the set of reports, so recomputing a key after any change is incremental and exact.
/// </summary>
internal static class StoryMerger
{
    public static IReadOnlyList<StoryDraft> Merge(string keyBase, IEnumerable<StoryReport> reports)
    {
        var ordered = reports
            .OrderBy(r => r.Date is null)
            .ThenBy(r => r.Date, StringComparer.Ordinal)
            .ThenBy(r => r.ArticleId, StringComparer.Ordinal)
            .ThenBy(r => r.Index)
            .ToList();
        var stories = new List<StoryDraft>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in ordered)
        {
            if (report.Date is null)
            {
                stories.Add(new StoryDraft(UniqueKey(keys, $"{keyBase}|undated|{report.ArticleId}#{report.Index}"), report));
                continue;
            }

            var day = ParseDay(report.Date);
            var home = day is null ? null : FindOpenStory(stories, day.Value, report);
            if (home is not null)
            {
                home.Add(report, swapped: !Aligned(home, report));
            }
            else
            {
                var key = $"{keyBase}|{report.Date}|{report.Source}|{report.Target}|{Normalise(report.Location)}";
                stories.Add(new StoryDraft(UniqueKey(keys, key), report));
            }
        }

        return stories;
    }

    // Reports come in date order, so stories are created in anchor order: only the last few can still be open.
    private static StoryDraft? FindOpenStory(List<StoryDraft> stories, DateOnly day, StoryReport report)
    {
        StoryDraft? earliest = null;
        for (var i = stories.Count - 1; i >= 0; i--)
        {
            var story = stories[i];
            if (ParseDay(story.First.Date) is not DateOnly anchor)
            {
                continue;
            }

            if (day.DayNumber - anchor.DayNumber > 1)
            {
                break;
            }

            if (CompatiblePlace(story.Location, report.Location) && (Aligned(story, report) || Swapped(story, report)))
            {
                earliest = story;
            }
        }

        return earliest;
    }

    private static bool Aligned(StoryDraft story, StoryReport report) =>
        Compatible(story.Source, report.Source) && Compatible(story.Target, report.Target);

    private static bool Swapped(StoryDraft story, StoryReport report) =>
        StoryKeys.IsSymmetric(report.EventType) && Compatible(story.Source, report.Target) && Compatible(story.Target, report.Source);

    internal static bool Compatible(string? a, string? b) =>
        a is null || b is null
        || a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);

    internal static bool CompatiblePlace(string? a, string? b)
    {
        var x = Normalise(a);
        var y = Normalise(b);
        return x.Length == 0 || y.Length == 0 || x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    private static string Normalise(string? place) => place?.Trim().ToLowerInvariant() ?? "";

    private static DateOnly? ParseDay(string? date) =>
        date is { Length: >= 10 } && DateOnly.TryParseExact(date.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    // Two stories can only share a key through malformed dates; a counter keeps keys unique anyway.
    private static string UniqueKey(HashSet<string> keys, string key)
    {
        var candidate = key;
        for (var n = 2; !keys.Add(candidate); n++)
        {
            candidate = $"{key}#{n}";
        }

        return candidate;
    }
}
