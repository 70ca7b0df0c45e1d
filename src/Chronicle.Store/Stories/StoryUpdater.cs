using System.Data.Common;
using System.Globalization;

namespace Chronicle.Store.Stories;

/// <summary>
/// Recomputes the stories a batch touched inside the caller's transaction: for each key, only the runs of
/// dates around the touched dates (see <see cref="StoryRuns"/>) are re-read and merged; the result is the same as
/// merging everything again. It upserts the stories by their stable key (so story ids survive re-ingestion), points
/// each stored event at its story and removes stories no event belongs to any more. The batch's own events are not
/// written yet: they come as pending reports, merged with the stored ones, and their story ids are handed back
/// (<see cref="PendingStories"/>) so each is written once, already linked. Reads, upserts, links and deletes go
/// many to a statement (<see cref="RowBatch"/>) where the backend gains from it: a batch touches thousands of keys.
/// </summary>
internal sealed class StoryUpdater : IDisposable
{
    private const int WindowDays = 3;

    private const string ReportColumns = """
        e.id, e.article_id, e.idx, e.date, e.location, e.source, e.source_name, e.target, e.target_name,
        e.event_type, e.modality, e.cameo, e.goldstein, e.quad, e.evidence, e.mentions, a.source, e.story_id
        """;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly int _rowsPerStatement;
    private readonly DbCommand _dates;
    private readonly DbCommand _reports;
    private readonly IReadOnlyDictionary<string, List<StoryReport>> _pending;
    private readonly Dictionary<long, long> _pendingStories = [];

    /// <param name="pending">The batch's events, not yet stored, by story key; their event ids are negative placeholders.</param>
    public StoryUpdater(DbConnection connection, DbTransaction transaction, IReadOnlyDictionary<string, List<StoryReport>> pending, int rowsPerStatement)
    {
        _connection = connection;
        _transaction = transaction;
        _pending = pending;
        _rowsPerStatement = rowsPerStatement;
        _dates = Db.Command(connection, transaction,
            "SELECT DISTINCT date FROM events WHERE story_key_base = @key AND date IS NOT NULL ORDER BY date", "@key");
        _reports = Db.Command(connection, transaction,
            $"SELECT {ReportColumns} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.story_key_base = @key AND e.date >= @from AND e.date <= @to",
            "@key", "@from", "@to");
    }

    /// <summary>The story of each pending report, by its placeholder event id, once <see cref="Recompute"/> ran.</summary>
    public IReadOnlyDictionary<long, long> PendingStories => _pendingStories;

    /// <returns>How many stories were written or removed.</returns>
    public int Recompute(StoryTouches touches, CancellationToken cancellationToken)
    {
        // 1. Every window (a few days around a cluster of touched dates) and every key with undated reports, read at once.
        var windows = new List<Window>();
        foreach (var keyBase in touches.Keys)
        {
            windows.AddRange(Clusters(touches.Dates(keyBase)).Select(dates => new Window(keyBase, dates)));
            if (touches.HasUndated(keyBase))
            {
                windows.Add(new Window(keyBase, null));
            }
        }

        ReadWindows(windows);

        // 2. Each window merged alone (a run reaching its edge is re-read whole); drafts of one story key computed twice are one.
        var drafts = new Dictionary<string, (string KeyBase, StoryDraft Story)>(StringComparer.Ordinal);
        var stale = new HashSet<long>();
        foreach (var window in windows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (from, to, reports) in Ranges(window))
            {
                stale.UnionWith(reports.Select(r => r.StoryId).OfType<long>().Concat(touches.RemovedStories(window.KeyBase, from, to)));
                foreach (var story in StoryMerger.Merge(window.KeyBase, reports))
                {
                    drafts.TryAdd(story.Key, (window.KeyBase, story));
                }
            }
        }

        // 3. Upserted at once; then the stored events that changed story relinked, and the stories left empty deleted.
        var ids = Upsert(drafts.Values);
        var links = new List<(long Story, long Event)>();
        foreach (var (_, story) in drafts.Values)
        {
            var id = ids[story.Key];
            foreach (var report in story.Reports.Where(r => r.StoryId != id))
            {
                if (report.EventId < 0)
                {
                    _pendingStories[report.EventId] = id;
                }
                else
                {
                    links.Add((id, report.EventId));
                }
            }
        }

        stale.ExceptWith(ids.Values);
        Link(links);
        Delete(stale);
        return drafts.Count + stale.Count;
    }

    public void Dispose()
    {
        _dates.Dispose();
        _reports.Dispose();
    }

    // Most keys are sparse: the window shows whole runs. When a run reaches the window's edge, the key's stored
    // dates are read to find where runs end, and those ranges are read again. Undated reports are one range.
    private IEnumerable<(string? From, string? To, List<StoryReport> Reports)> Ranges(Window window)
    {
        if (window.Dates is null)
        {
            yield return (null, null, window.Reports);
            yield break;
        }

        var dates = window.Dates;
        var ranges = window.From is null ? null : StoryRuns.Ranges([.. window.Reports.Select(r => r.Date!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], dates);
        if (ranges is null || ranges.Any(r => string.CompareOrdinal(r.From, Shift(window.From!, 1)) <= 0 || string.CompareOrdinal(Shift(window.To!, -1), r.To) <= 0))
        {
            foreach (var (from, to) in StoryRuns.Ranges(ReadDates(window.KeyBase), dates))
            {
                yield return (from, to, ReadReports(window.KeyBase, from, to));
            }

            yield break;
        }

        foreach (var (from, to) in ranges)
        {
            yield return (from, to, [.. window.Reports.Where(r => string.CompareOrdinal(from, r.Date) <= 0 && string.CompareOrdinal(r.Date, to) <= 0)]);
        }
    }

    private void ReadWindows(List<Window> windows)
    {
        var dated = windows.Where(w => w.From is not null).ToList();
        using (var batch = new RowBatch(_connection, _transaction, 4, values => $"""
            SELECT w.column1, {ReportColumns}
            FROM (VALUES {values}) AS w JOIN events e ON e.story_key_base = w.column2 AND e.date >= w.column3 AND e.date <= w.column4
            JOIN articles a ON a.id = e.article_id
            """, reader => dated[Db.Int(reader, 0)].Reports.Add(Report(reader, 1)), _rowsPerStatement))
        {
            for (var i = 0; i < dated.Count; i++)
            {
                batch.Add(i, dated[i].KeyBase, dated[i].From, dated[i].To);
            }

            batch.Flush();
        }

        var undated = windows.Where(w => w.Dates is null).ToList();
        using (var batch = new RowBatch(_connection, _transaction, 2, values => $"""
            SELECT w.column1, {ReportColumns}
            FROM (VALUES {values}) AS w JOIN events e ON e.story_key_base = w.column2 AND e.date IS NULL
            JOIN articles a ON a.id = e.article_id
            """, reader => undated[Db.Int(reader, 0)].Reports.Add(Report(reader, 1)), _rowsPerStatement))
        {
            for (var i = 0; i < undated.Count; i++)
            {
                batch.Add(i, undated[i].KeyBase);
            }

            batch.Flush();
        }

        foreach (var window in windows)
        {
            window.Reports.AddRange(Pending(window.KeyBase).Where(window.Holds));
        }
    }

    // Touched dates closer than a week share one window read.
    private static IEnumerable<List<string>> Clusters(IReadOnlyCollection<string> dates)
    {
        var cluster = new List<string>();
        foreach (var date in dates)
        {
            if (cluster.Count > 0 && (Shift(cluster[^1], 7) is not { } limit || string.CompareOrdinal(date, limit) > 0))
            {
                yield return cluster;
                cluster = [];
            }

            cluster.Add(date);
        }

        if (cluster.Count > 0)
        {
            yield return cluster;
        }
    }

    private static string? Shift(string date, int days) =>
        date.Length == 10 && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private List<string> ReadDates(string keyBase)
    {
        var dates = new SortedSet<string>(StringComparer.Ordinal);
        using (var reader = Db.Bind(_dates, keyBase).ExecuteReader())
        {
            while (reader.Read())
            {
                dates.Add(reader.GetString(0));
            }
        }

        foreach (var report in Pending(keyBase))
        {
            if (report.Date is not null)
            {
                dates.Add(report.Date);
            }
        }

        return [.. dates];
    }

    private IEnumerable<StoryReport> Pending(string keyBase) => _pending.TryGetValue(keyBase, out var reports) ? reports : [];

    private List<StoryReport> ReadReports(string keyBase, string from, string to)
    {
        var reports = new List<StoryReport>();
        using (var reader = Db.Bind(_reports, keyBase, from, to).ExecuteReader())
        {
            while (reader.Read())
            {
                reports.Add(Report(reader, 0));
            }
        }

        reports.AddRange(Pending(keyBase).Where(r => r.Date is not null && string.CompareOrdinal(from, r.Date) <= 0 && string.CompareOrdinal(r.Date, to) <= 0));
        return reports;
    }

    // The report whose columns (ReportColumns) start at column offset.
    private static StoryReport Report(DbDataReader reader, int offset) => new(
        Db.Long(reader, offset), reader.GetString(offset + 1), Db.Int(reader, offset + 2), Db.Text(reader, offset + 3), Db.Text(reader, offset + 4),
        Db.Text(reader, offset + 5), Db.Text(reader, offset + 6), Db.Text(reader, offset + 7), Db.Text(reader, offset + 8), reader.GetString(offset + 9),
        reader.GetString(offset + 10), Db.Text(reader, offset + 11), Db.Double(reader, offset + 12), Db.Int(reader, offset + 13), reader.GetString(offset + 14),
        Db.Int(reader, offset + 15), Db.Text(reader, offset + 16), Db.NullableLong(reader, offset + 17));

    /// <returns>Story ids by story key.</returns>
    private Dictionary<string, long> Upsert(IEnumerable<(string KeyBase, StoryDraft Story)> drafts)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        using var batch = new RowBatch(_connection, _transaction, 22, values => $"""
            INSERT INTO stories (story_key, key_base, source, source_country, source_name, target, target_country, target_name,
                event_type, modality, cameo, goldstein, quad, date, date_last, location, mentions, articles, sources,
                first_article_id, first_source, evidence)
            VALUES {values}
            ON CONFLICT (story_key) DO UPDATE SET source = excluded.source, source_country = excluded.source_country,
                source_name = excluded.source_name, target = excluded.target, target_country = excluded.target_country,
                target_name = excluded.target_name, cameo = excluded.cameo, goldstein = excluded.goldstein, quad = excluded.quad,
                date = excluded.date, date_last = excluded.date_last, location = excluded.location, mentions = excluded.mentions,
                articles = excluded.articles, sources = excluded.sources, first_article_id = excluded.first_article_id,
                first_source = excluded.first_source, evidence = excluded.evidence
            RETURNING story_key, id
            """, reader => ids[reader.GetString(0)] = Db.Long(reader, 1), _rowsPerStatement);
        foreach (var (keyBase, story) in drafts)
        {
            var first = story.First;
            // The CAMEO code and its Goldstein score come from one report so they agree.
            var coded = story.Reports.FirstOrDefault(r => r.Cameo is not null) ?? first;
            batch.Add(story.Key, keyBase, story.Source, StoryKeys.Country(story.Source),
                story.Reports.Select(r => r.SourceName).FirstOrDefault(n => n is not null), story.Target, StoryKeys.Country(story.Target),
                story.Reports.Select(r => r.TargetName).FirstOrDefault(n => n is not null), first.EventType, first.Modality, coded.Cameo,
                coded.Goldstein, first.Quad, first.Date, story.DateLast, story.Location, story.Mentions, story.Articles, story.Sources,
                first.ArticleId, first.ArticleSource, first.Evidence);
        }

        batch.Flush();
        return ids;
    }

    private void Link(List<(long Story, long Event)> links)
    {
        using var batch = new RowBatch(_connection, _transaction, 2,
            values => $"UPDATE events SET story_id = v.column1 FROM (VALUES {values}) AS v WHERE events.id = v.column2", maxRows: _rowsPerStatement);
        foreach (var (story, id) in links)
        {
            batch.Add(story, id);
        }

        batch.Flush();
    }

    private void Delete(HashSet<long> stories)
    {
        using var batch = new RowBatch(_connection, _transaction, 1,
            values => $"DELETE FROM stories WHERE id IN (SELECT column1 FROM (VALUES {values}) AS v)", maxRows: _rowsPerStatement);
        foreach (var id in stories)
        {
            batch.Add(id);
        }

        batch.Flush();
    }

    /// <summary>The reports of one key in a few days around a cluster of touched dates (or its undated reports).</summary>
    private sealed class Window
    {
        public Window(string keyBase, List<string>? dates)
        {
            KeyBase = keyBase;
            Dates = dates;
            if (dates is not null)
            {
                From = Shift(dates[0], -WindowDays);
                To = Shift(dates[^1], WindowDays);
            }
        }

        public string KeyBase { get; }

        /// <summary>The touched dates; null for the key's undated reports.</summary>
        public List<string>? Dates { get; }

        /// <summary>The window's first and last day; null when a touched date is no calendar date (the whole key is then read).</summary>
        public string? From { get; }

        public string? To { get; }

        public List<StoryReport> Reports { get; } = [];

        public bool Holds(StoryReport report) => Dates is null
            ? report.Date is null
            : From is not null && report.Date is not null && string.CompareOrdinal(From, report.Date) <= 0 && string.CompareOrdinal(report.Date, To) <= 0;
    }
}
