using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Chronicle.Output;
using Chronicle.Store.Stories;

namespace Chronicle.Store;

/// <summary>
/// Writes one batch of articles inside a caller's transaction: replaces each article's rows (an id is stored
/// once; storing it again deletes its old entities, quotes, events and dates first) and reports which story
/// keys and dates the old and new events fall under, so only those stories are recomputed.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly DbCommand _exists;
    private readonly DbCommand _oldKeys;
    private readonly DbCommand[] _deletes;
    private readonly DbCommand _upsertArticle;
    private readonly DbCommand _insertEntity;
    private readonly DbCommand _insertQuote;
    private readonly DbCommand _insertEvent;
    private readonly DbCommand _insertDate;

    public ArticleWriter(DbConnection connection, DbTransaction transaction)
    {
        _exists = Db.Command(connection, transaction, "SELECT COUNT(*) FROM articles WHERE id = @id", "@id");
        _oldKeys = Db.Command(connection, transaction, "SELECT story_key_base, date, story_id FROM events WHERE article_id = @id", "@id");
        _deletes = [.. new[] { "entities", "quotes", "events", "dates" }
            .Select(table => Db.Command(connection, transaction, $"DELETE FROM {table} WHERE article_id = @id", "@id"))];
        _upsertArticle = Db.Command(connection, transaction, """
            INSERT INTO articles (id, title, published, source, language, body, dateline, record, ingested_at)
            VALUES (@id, @title, @published, @source, @language, @body, @dateline, @record, @at)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, published = excluded.published, source = excluded.source,
                language = excluded.language, body = excluded.body, dateline = excluded.dateline, record = excluded.record,
                ingested_at = excluded.ingested_at
            """, "@id", "@title", "@published", "@source", "@language", "@body", "@dateline", "@record", "@at");
        _insertEntity = Db.Command(connection, transaction, """
            INSERT INTO entities (article_id, idx, name, type, country, actor, role, aliases, mentions)
            VALUES (@a, @i, @name, @type, @country, @actor, @role, @aliases, @mentions)
            """, "@a", "@i", "@name", "@type", "@country", "@actor", "@role", "@aliases", "@mentions");
        _insertQuote = Db.Command(connection, transaction, """
            INSERT INTO quotes (article_id, idx, speaker, text, direct, cue, start_offset, end_offset)
            VALUES (@a, @i, @speaker, @text, @direct, @cue, @start, @end)
            """, "@a", "@i", "@speaker", "@text", "@direct", "@cue", "@start", "@end");
        _insertEvent = Db.Command(connection, transaction, """
            INSERT INTO events (article_id, idx, source, source_country, source_name, event_type, mode, context, cameo,
                goldstein, quad, target, target_country, target_name, modality, date, location, evidence,
                start_offset, end_offset, mentions, story_key_base)
            VALUES (@a, @i, @source, @sc, @sn, @type, @mode, @context, @cameo, @g, @quad, @target, @tc, @tn,
                @modality, @date, @location, @evidence, @start, @end, @mentions, @key)
            """, "@a", "@i", "@source", "@sc", "@sn", "@type", "@mode", "@context", "@cameo", "@g", "@quad",
            "@target", "@tc", "@tn", "@modality", "@date", "@location", "@evidence", "@start", "@end", "@mentions", "@key");
        _insertDate = Db.Command(connection, transaction, """
            INSERT INTO dates (article_id, idx, text, value, type, start_offset, end_offset)
            VALUES (@a, @i, @text, @value, @type, @start, @end)
            """, "@a", "@i", "@text", "@value", "@type", "@start", "@end");
    }

    /// <returns>Whether the article replaced a stored one, and how many events it has.</returns>
    public (bool Replaced, int Events) Write(Article article, StoryTouches touched, string ingestedAt)
    {
        var id = article.Id;
        var replaced = Convert.ToInt64(Db.Bind(_exists, id).ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
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

        Db.Bind(_upsertArticle, id, article.Title, article.Published, article.Source, article.Language, article.Body,
            article.Dateline, ArticleJson.ToJsonLine(article with { Body = "" }), ingestedAt).ExecuteNonQuery();
        for (var i = 0; i < article.Entities.Count; i++)
        {
            var e = article.Entities[i];
            Db.Bind(_insertEntity, id, i, e.Name, e.Type, e.Country, e.Actor, e.Role,
                JsonSerializer.Serialize(e.Aliases, StoreJsonContext.Default.IReadOnlyListString), e.Mentions.Count).ExecuteNonQuery();
        }

        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var q = article.Quotes[i];
            Db.Bind(_insertQuote, id, i, q.Speaker, q.Text, q.Direct, q.Cue, q.Start, q.End).ExecuteNonQuery();
        }

        for (var i = 0; i < article.Events.Count; i++)
        {
            var e = article.Events[i];
            var modality = e.Modality.ToLowerInvariant();
            var key = StoryKeys.Base(e.Source, e.Target, e.EventType, modality);
            var date = e.Date ?? article.Published;
            touched.Add(key, date);
            Db.Bind(_insertEvent, id, i, e.Source, StoryKeys.Country(e.Source), e.SourceName, e.EventType.ToUpperInvariant(),
                e.Mode, e.Context, e.Cameo, EventScales.Goldstein(e.Goldstein, e.Cameo, e.EventType), EventScales.PloverQuad(e.EventType),
                e.Target, StoryKeys.Country(e.Target), e.TargetName, modality, date, e.Location,
                e.Evidence, e.Start, e.End, 1 + e.MoreEvidence.Count, key).ExecuteNonQuery();
        }

        for (var i = 0; i < article.Dates.Count; i++)
        {
            var d = article.Dates[i];
            Db.Bind(_insertDate, id, i, d.Text, d.Value, d.Type, d.Start, d.End).ExecuteNonQuery();
        }

        return (replaced, article.Events.Count);
    }

    public void Dispose()
    {
        _exists.Dispose();
        _oldKeys.Dispose();
        foreach (var delete in _deletes)
        {
            delete.Dispose();
        }

        _upsertArticle.Dispose();
        _insertEntity.Dispose();
        _insertQuote.Dispose();
        _insertEvent.Dispose();
        _insertDate.Dispose();
    }
}
