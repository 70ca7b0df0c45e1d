using System.Data.Common;
using System.Globalization;

namespace Chronicle.Store.Stories;

/// <summary>
/// Recomputes the stories a batch touched inside the caller's transaction: for each key, only the runs of
/// dates around the touched dates (see <see cref="StoryRuns"/>) are re-read and merged; the result is the same as
/// merging everything again. It upserts the stories by their stable key (so story ids survive re-ingestion), points
/// each stored event at its story and removes stories no event belongs to any more. The batch's own events are not
/// written yet: they come as pending reports, merged with the stored ones, and their story ids are handed back
/// (<see cref="PendingStories"/>) so each is written once, already linked.
/// </summary>
internal sealed class StoryUpdater : IDisposable
{
    private const int WindowDays = 3;

    private readonly DbCommand _dates;
    private readonly DbCommand _reports;
    private readonly DbCommand _undatedReports;
    private readonly DbCommand _upsert;
    private readonly DbCommand _link;
    private readonly DbCommand _delete;
    private readonly IReadOnlyDictionary<string, List<StoryReport>> _pending;
    private readonly Dictionary<long, long> _pendingStories = [];

    /// <param name="pending">The batch's events, not yet stored, by story key; their event ids are negative placeholders.</param>
    public StoryUpdater(DbConnection connection, DbTransaction transaction, IReadOnlyDictionary<string, List<StoryReport>> pending)
    {
        _pending = pending;
        const string reports = """
            SELECT e.id, e.article_id, e.idx, e.date, e.location, e.source, e.source_name, e.target, e.target_name,
                   e.event_type, e.modality, e.cameo, e.goldstein, e.quad, e.evidence, e.mentions, a.source, e.story_id
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE e.story_key_base = @key
            """;
        _dates = Db.Command(connection, transaction,
            "SELECT DISTINCT date FROM events WHERE story_key_base = @key AND date IS NOT NULL ORDER BY date", "@key");
        _reports = Db.Command(connection, transaction, reports + " AND e.date >= @from AND e.date <= @to", "@key", "@from", "@to");
        _undatedReports = Db.Command(connection, transaction, reports + " AND e.date IS NULL", "@key");
        _upsert = Db.Command(connection, transaction, """
            INSERT INTO stories (story_key, key_base, source, source_country, source_name, target, target_country, target_name,
                event_type, modality, cameo, goldstein, quad, date, date_last, location, mentions, articles, sources,
                first_article_id, first_source, evidence)
            VALUES (@key, @base, @source, @sc, @sn, @target, @tc, @tn, @type, @modality, @cameo, @g, @quad, @date, @last,
                @location, @mentions, @articles, @sources, @first, @firstSource, @evidence)
            ON CONFLICT (story_key) DO UPDATE SET source = excluded.source, source_country = excluded.source_country,
                source_name = excluded.source_name, target = excluded.target, target_country = excluded.target_country,
                target_name = excluded.target_name, cameo = excluded.cameo, goldstein = excluded.goldstein, quad = excluded.quad,
                date = excluded.date, date_last = excluded.date_last, location = excluded.location, mentions = excluded.mentions,
                articles = excluded.articles, sources = excluded.sources, first_article_id = excluded.first_article_id,
                first_source = excluded.first_source, evidence = excluded.evidence
            RETURNING id
            """, "@key", "@base", "@source", "@sc", "@sn", "@target", "@tc", "@tn", "@type", "@modality", "@cameo", "@g",
            "@quad", "@date", "@last", "@location", "@mentions", "@articles", "@sources", "@first", "@firstSource", "@evidence");
        _link = Db.Command(connection, transaction, "UPDATE events SET story_id = @story WHERE id = @id", "@story", "@id");
        _delete = Db.Command(connection, transaction, "DELETE FROM stories WHERE id = @id", "@id");
    }

    /// <summary>The story of each pending report, by its placeholder event id, once <see cref="Recompute"/> ran.</summary>
    public IReadOnlyDictionary<long, long> PendingStories => _pendingStories;

    /// <returns>How many stories were written or removed.</returns>
    public int Recompute(StoryTouches touches, CancellationToken cancellationToken)
    {
        var touched = 0;
        foreach (var keyBase in touches.Keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cluster in Clusters(touches.Dates(keyBase)))
            {
                touched += RecomputeCluster(keyBase, cluster, touches);
            }

            if (touches.HasUndated(keyBase))
            {
                touched += Remerge(keyBase, ReadReports(keyBase, null, null), null, null, touches);
            }
        }

        return touched;
    }

    // Most keys are sparse: one read of a window a few days around the touched dates shows whole runs.
    // Only when a run reaches the window's edge are the key's stored dates read to find where runs end.
    private int RecomputeCluster(string keyBase, List<string> dates, StoryTouches touches)
    {
        var from = Shift(dates[0], -WindowDays);
        var to = Shift(dates[^1], WindowDays);
        var reports = from is null || to is null ? null : ReadReports(keyBase, from, to);
        var storedDates = reports?.Select(r => r.Date!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ranges = storedDates is null ? null : StoryRuns.Ranges(storedDates, dates);
        var touched = 0;
        if (reports is null || ranges!.Any(r => string.CompareOrdinal(r.From, Shift(from!, 1)) <= 0 || string.CompareOrdinal(Shift(to!, -1), r.To) <= 0))
        {
            foreach (var (rangeFrom, rangeTo) in StoryRuns.Ranges(ReadDates(keyBase), dates))
            {
                touched += Remerge(keyBase, ReadReports(keyBase, rangeFrom, rangeTo), rangeFrom, rangeTo, touches);
            }

            return touched;
        }

        foreach (var (rangeFrom, rangeTo) in ranges!)
        {
            var inRange = reports.Where(r => string.CompareOrdinal(rangeFrom, r.Date) <= 0 && string.CompareOrdinal(r.Date, rangeTo) <= 0);
            touched += Remerge(keyBase, inRange, rangeFrom, rangeTo, touches);
        }

        return touched;
    }

    // Merges one range made of whole runs (or the undated reports, when from and to are null): no story crosses
    // its edges, so the stories anchored in it are exactly those its reports (and its deleted reports) belonged to.
    private int Remerge(string keyBase, IEnumerable<StoryReport> reports, string? from, string? to, StoryTouches touches)
    {
        var touched = 0;
        var list = reports.ToList();
        var stale = list.Select(r => r.StoryId).OfType<long>().Concat(touches.RemovedStories(keyBase, from, to)).ToHashSet();
        foreach (var story in StoryMerger.Merge(keyBase, list))
        {
            var id = Upsert(keyBase, story);
            stale.Remove(id);
            touched++;
            foreach (var report in story.Reports.Where(r => r.StoryId != id))
            {
                if (report.EventId < 0)
                {
                    _pendingStories[report.EventId] = id;
                }
                else
                {
                    Db.Bind(_link, id, report.EventId).ExecuteNonQuery();
                }
            }
        }

        foreach (var id in stale)
        {
            Db.Bind(_delete, id).ExecuteNonQuery();
            touched++;
        }

        return touched;
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

    private List<StoryReport> ReadReports(string keyBase, string? from, string? to)
    {
        var reports = new List<StoryReport>();
        using var reader = (from is null ? Db.Bind(_undatedReports, keyBase) : Db.Bind(_reports, keyBase, from, to)).ExecuteReader();
        while (reader.Read())
        {
            reports.Add(new StoryReport(
                Db.Long(reader, 0), reader.GetString(1), Db.Int(reader, 2), Db.Text(reader, 3), Db.Text(reader, 4),
                Db.Text(reader, 5), Db.Text(reader, 6), Db.Text(reader, 7), Db.Text(reader, 8), reader.GetString(9),
                reader.GetString(10), Db.Text(reader, 11), Db.Double(reader, 12), Db.Int(reader, 13), reader.GetString(14),
                Db.Int(reader, 15), Db.Text(reader, 16), Db.NullableLong(reader, 17)));
        }

        reports.AddRange(Pending(keyBase).Where(r => from is null
            ? r.Date is null
            : r.Date is not null && string.CompareOrdinal(from, r.Date) <= 0 && string.CompareOrdinal(r.Date, to) <= 0));
        return reports;
    }

    private long Upsert(string keyBase, StoryDraft story)
    {
        var first = story.First;
        // The CAMEO code and its Goldstein score come from one report so they agree.
        var coded = story.Reports.FirstOrDefault(r => r.Cameo is not null) ?? first;
        var result = Db.Bind(_upsert, story.Key, keyBase, story.Source, StoryKeys.Country(story.Source),
            story.Reports.Select(r => r.SourceName).FirstOrDefault(n => n is not null), story.Target, StoryKeys.Country(story.Target),
            story.Reports.Select(r => r.TargetName).FirstOrDefault(n => n is not null), first.EventType, first.Modality, coded.Cameo,
            coded.Goldstein, first.Quad, first.Date, story.DateLast, story.Location, story.Mentions, story.Articles, story.Sources,
            first.ArticleId, first.ArticleSource, first.Evidence).ExecuteScalar();
        return Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _dates.Dispose();
        _reports.Dispose();
        _undatedReports.Dispose();
        _upsert.Dispose();
        _link.Dispose();
        _delete.Dispose();
    }
}
