using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Chronicle.Output;
using Chronicle.Store.Stories;

namespace Chronicle.Store;

/// <summary>
/// Writes one batch of articles inside a caller's transaction: replaces each article's rows (an id is stored
/// once; storing it again deletes its old entities, quotes, events and dates first) and reports which story
/// keys and dates the old and new events fall under, so only those stories are recomputed. Rows are buffered
/// and written several per statement where the backend gains from it (<see cref="RowBatch"/>). The batch's events
/// wait in memory (<see cref="Pending"/>) until the stories are merged, and are then written once with their story
/// id (<see cref="WriteEvents"/>) rather than inserted and updated again.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly DbCommand _oldKeys;
    private readonly DbCommand[] _deletes;
    private readonly RowBatch _articles;
    private readonly RowBatch _entities;
    private readonly RowBatch _quotes;
    private readonly RowBatch _events;
    private readonly RowBatch _dates;
    private readonly HashSet<string> _stored = new(StringComparer.Ordinal);
    private readonly List<object?[]> _eventRows = [];

    public ArticleWriter(DbConnection connection, DbTransaction transaction, int rowsPerStatement)
    {
        _connection = connection;
        _transaction = transaction;
        _oldKeys = Db.Command(connection, transaction, "SELECT story_key_base, date, story_id FROM events WHERE article_id = @id", "@id");
        _deletes = [.. new[] { "entities", "quotes", "events", "dates" }
            .Select(table => Db.Command(connection, transaction, $"DELETE FROM {table} WHERE article_id = @id", "@id"))];
        _articles = new RowBatch(connection, transaction, 9, values => $"""
            INSERT INTO articles (id, title, published, source, language, body, dateline, record, ingested_at)
            VALUES {values}
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, published = excluded.published, source = excluded.source,
                language = excluded.language, body = excluded.body, dateline = excluded.dateline, record = excluded.record,
                ingested_at = excluded.ingested_at
            """, maxRows: rowsPerStatement);
        _entities = new RowBatch(connection, transaction, 9, values =>
            $"INSERT INTO entities (article_id, idx, name, type, country, actor, role, aliases, mentions) VALUES {values}", maxRows: rowsPerStatement);
        _quotes = new RowBatch(connection, transaction, 8, values =>
            $"INSERT INTO quotes (article_id, idx, speaker, text, direct, cue, start_offset, end_offset) VALUES {values}", maxRows: rowsPerStatement);
        _events = new RowBatch(connection, transaction, 23, values => $"""
            INSERT INTO events (article_id, idx, source, source_country, source_name, event_type, mode, context, cameo,
                goldstein, quad, target, target_country, target_name, modality, date, location, evidence,
                start_offset, end_offset, mentions, story_key_base, story_id)
            VALUES {values}
            """, maxRows: rowsPerStatement);
        _dates = new RowBatch(connection, transaction, 7, values =>
            $"INSERT INTO dates (article_id, idx, text, value, type, start_offset, end_offset) VALUES {values}", maxRows: rowsPerStatement);
    }

    /// <summary>
    /// The batch's events, not yet written, as the story merger sees them, by story key. Their
    /// <see cref="StoryReport.EventId"/> is a placeholder (−1 − their position) until <see cref="WriteEvents"/>.
    /// </summary>
    public Dictionary<string, List<StoryReport>> Pending { get; } = new(StringComparer.Ordinal);

    /// <summary>Finds which of the batch's ids are stored already (one query per few hundred ids, not one per article).</summary>
    public void LookUp(IReadOnlyList<string> ids)
    {
        foreach (var chunk in ids.Chunk(500))
        {
            var names = chunk.Select((_, i) => $"@id{i}").ToArray();
            using var command = Db.Bind(
                Db.Command(_connection, _transaction, $"SELECT id FROM articles WHERE id IN ({string.Join(", ", names)})", names),
                [.. chunk]);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                _stored.Add(reader.GetString(0));
            }
        }
    }

    /// <returns>Whether the article replaced a stored one, and how many events it has.</returns>
    public (bool Replaced, int Events) Write(Article article, StoryTouches touched, string ingestedAt)
    {
        var id = article.Id;
        var replaced = _stored.Contains(id);
        if (replaced)
        {
            using (var reader = Db.Bind(_oldKeys, id).ExecuteReader())
            {
                while (reader.Read())
                {
                    touched.Add(reader.GetString(0), Db.Text(reader, 1));
                    if (Db.NullableLong(reader, 2) is long story)
                    {
                        touched.Removed(reader.GetString(0), Db.Text(reader, 1), story);
                    }
                }
            }

            foreach (var delete in _deletes)
            {
                Db.Bind(delete, id).ExecuteNonQuery();
            }
        }

        _articles.Add(id, article.Title, article.Published, article.Source, article.Language, article.Body,
            article.Dateline, ArticleJson.ToJsonLine(article with { Body = "" }), ingestedAt);
        for (var i = 0; i < article.Entities.Count; i++)
        {
            var e = article.Entities[i];
            _entities.Add(id, i, e.Name, e.Type, e.Country, e.Actor, e.Role,
                JsonSerializer.Serialize(e.Aliases, StoreJsonContext.Default.IReadOnlyListString), e.Mentions.Count);
        }

        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var q = article.Quotes[i];
            _quotes.Add(id, i, q.Speaker, q.Text, q.Direct, q.Cue, q.Start, q.End);
        }

        for (var i = 0; i < article.Events.Count; i++)
        {
            var e = article.Events[i];
            var modality = e.Modality.ToLowerInvariant();
            var key = StoryKeys.Base(e.Source, e.Target, e.EventType, modality);
            var date = e.Date ?? article.Published;
            touched.Add(key, date);
            var type = e.EventType.ToUpperInvariant();
            var goldstein = EventScales.Goldstein(e.Goldstein, e.Cameo, e.EventType);
            var quad = EventScales.PloverQuad(e.EventType);
            var mentions = 1 + e.MoreEvidence.Count;
            if (!Pending.TryGetValue(key, out var reports))
            {
                reports = [];
                Pending[key] = reports;
            }

            reports.Add(new StoryReport(-1 - _eventRows.Count, id, i, date, e.Location, e.Source, e.SourceName, e.Target, e.TargetName,
                type, modality, e.Cameo, goldstein, quad, e.Evidence, mentions, article.Source, null));
            _eventRows.Add([id, i, e.Source, StoryKeys.Country(e.Source), e.SourceName, type, e.Mode, e.Context, e.Cameo, goldstein, quad,
                e.Target, StoryKeys.Country(e.Target), e.TargetName, modality, date, e.Location, e.Evidence, e.Start, e.End, mentions, key, null]);
        }

        for (var i = 0; i < article.Dates.Count; i++)
        {
            var d = article.Dates[i];
            _dates.Add(id, i, d.Text, d.Value, d.Type, d.Start, d.End);
        }


        return (replaced, article.Events.Count);
    }

    /// <summary>Writes the rows still buffered, except the events (see <see cref="WriteEvents"/>).</summary>
    public void Flush()
    {
        _articles.Flush();
        _entities.Flush();
        _quotes.Flush();
        _dates.Flush();
    }

    /// <summary>Writes the batch's events, each with the story the merger put it in.</summary>
    /// <param name="stories">Story ids by the placeholder event ids of <see cref="Pending"/>.</param>
    public void WriteEvents(IReadOnlyDictionary<long, long> stories)
    {
        for (var i = 0; i < _eventRows.Count; i++)
        {
            var row = _eventRows[i];
            row[^1] = stories.TryGetValue(-1 - i, out var story) ? story : null;
            _events.Add(row);
        }

        _events.Flush();
        _eventRows.Clear();
        Pending.Clear();
    }

    public void Dispose()
    {
        _oldKeys.Dispose();
        foreach (var delete in _deletes)
        {
            delete.Dispose();
        }

        _articles.Dispose();
        _entities.Dispose();
        _quotes.Dispose();
        _events.Dispose();
        _dates.Dispose();
    }
}
