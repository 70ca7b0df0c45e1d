using System.Globalization;

namespace Chronicle.Store.Stories;

/// <summary>
/// Where re-merging must reach. A story spans at most two consecutive days, so the reports of one key split
/// into runs of dates with no gap of two days or more, and no story crosses a run's edge: merging a run alone
/// gives the same stories as merging everything. A report added or removed on day d can change the runs
/// holding d−1, d and d+1 (joining or splitting them) and stories anchored in [d−1, d+1].
/// </summary>
internal static class StoryRuns
{
    /// <param name="storedDates">The distinct dates of the key's reports now stored, ascending.</param>
    /// <param name="touchedDates">The dates reports were added or removed on.</param>
    /// <returns>Date ranges (inclusive, ascending, disjoint) made of whole runs.</returns>
    public static IReadOnlyList<(string From, string To)> Ranges(IReadOnlyList<string> storedDates, IReadOnlyCollection<string> touchedDates)
    {
        var runs = Runs(storedDates);
        var wanted = new List<(string From, string To)>();
        foreach (var date in touchedDates)
        {
            if (Parse(date) is not DateOnly day)
            {
                wanted.Add((date, date));
                continue;
            }

            var around = new[] { day.AddDays(-1), day, day.AddDays(1) }.Select(Format).ToList();
            wanted.Add((around[0], around[2]));
            wanted.AddRange(runs.Where(run => around.Any(d => string.CompareOrdinal(run.From, d) <= 0 && string.CompareOrdinal(d, run.To) <= 0)));
        }

        var merged = new List<(string From, string To)>();
        foreach (var range in wanted.OrderBy(r => r.From, StringComparer.Ordinal))
        {
            if (merged.Count > 0 && string.CompareOrdinal(range.From, merged[^1].To) <= 0)
            {
                var last = merged[^1];
                merged[^1] = (last.From, string.CompareOrdinal(range.To, last.To) > 0 ? range.To : last.To);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static List<(string From, string To)> Runs(IReadOnlyList<string> dates)
    {
        var runs = new List<(string From, string To)>();
        DateOnly? previous = null;
        foreach (var date in dates)
        {
            var day = Parse(date);
            if (day is DateOnly d && previous is DateOnly p && d.DayNumber - p.DayNumber <= 1 && runs.Count > 0)
            {
                runs[^1] = (runs[^1].From, date);
            }
            else
            {
                runs.Add((date, date));
            }

            previous = day;
        }

        return runs;
    }

    private static DateOnly? Parse(string date) =>
        date.Length == 10 && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
