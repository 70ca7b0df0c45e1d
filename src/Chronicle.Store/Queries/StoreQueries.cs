using System.Data.Common;
using System.Text;

namespace Chronicle.Store.Queries;

/// <summary>The read side of the store: parameterised SQL shared by both backends, built from the filters given.</summary>
internal sealed class StoreQueries
{
    private const string EventColumns = """
        e.id, e.article_id, e.idx, e.source, e.source_name, e.event_type, e.mode, e.context, e.cameo, e.goldstein, e.quad,
        e.target, e.target_name, e.modality, e.date, e.location, e.evidence, e.start_offset, e.end_offset, a.source, e.story_id
        """;

    private readonly DbConnection _connection;
    private readonly ISqlDialect _dialect;

    public StoreQueries(DbConnection connection, ISqlDialect dialect)
    {
        _connection = connection;
        _dialect = dialect;
    }

    public IReadOnlyList<StoredEvent> Events(EventFilter filter)
    {
        var where = new Conditions();
        AddEventConditions(where, filter, "e");
        if (filter.Text is { Length: > 0 } text)
        {
            where.Add("lower(e.evidence) LIKE @text", "@text", "%" + text.ToLowerInvariant() + "%");
        }

        var sql = $"SELECT {EventColumns} FROM events e JOIN articles a ON a.id = e.article_id{where} ORDER BY e.date DESC, e.id DESC LIMIT {Math.Max(0, filter.Limit)}";
        return ReadEvents(sql, where);
    }

    public IReadOnlyList<StoredEvent> StoryEvidence(long storyId)
    {
        var where = new Conditions();
        where.Add("e.story_id = @story", "@story", storyId);
        return ReadEvents($"SELECT {EventColumns} FROM events e JOIN articles a ON a.id = e.article_id{where} ORDER BY e.date, e.article_id, e.idx", where);
    }

    public IReadOnlyList<Story> Stories(EventFilter filter)
    {
        var where = new Conditions();
        AddEventConditions(where, filter, "s");
        if (filter.Text is { Length: > 0 } text)
        {
            where.Add("EXISTS (SELECT 1 FROM events x WHERE x.story_id = s.id AND lower(x.evidence) LIKE @text)", "@text", "%" + text.ToLowerInvariant() + "%");
        }

        var sql = $"""
            SELECT s.id, s.source, s.source_name, s.event_type, s.cameo, s.goldstein, s.quad, s.target, s.target_name, s.modality,
                   s.date, s.date_last, s.location, s.mentions, s.articles, s.sources, s.first_article_id, s.first_source, s.evidence
            FROM stories s{where} ORDER BY s.date DESC, s.id DESC LIMIT {Math.Max(0, filter.Limit)}
            """;
        using var command = where.Apply(Db.Command(_connection, null, sql));
        using var reader = command.ExecuteReader();
        var stories = new List<Story>();
        while (reader.Read())
        {
            stories.Add(new Story
            {
                Id = Db.Long(reader, 0),
                Source = Db.Text(reader, 1),
                SourceName = Db.Text(reader, 2),
                EventType = reader.GetString(3),
                Cameo = Db.Text(reader, 4),
                Goldstein = Db.Double(reader, 5),
                Quad = Db.Int(reader, 6),
                Target = Db.Text(reader, 7),
                TargetName = Db.Text(reader, 8),
                Modality = reader.GetString(9),
                Date = Db.Text(reader, 10),
                DateLast = Db.Text(reader, 11),
                Location = Db.Text(reader, 12),
                Mentions = Db.Int(reader, 13),
                Articles = Db.Int(reader, 14),
                Sources = Db.Int(reader, 15),
                FirstArticleId = reader.GetString(16),
                FirstSource = Db.Text(reader, 17),
                Evidence = reader.GetString(18),
            });
        }

        return stories;
    }

    public IReadOnlyList<StoredQuote> Quotes(QuoteFilter filter)
    {
        var where = new Conditions();
        if (filter.Speaker is { Length: > 0 } speaker)
        {
            where.Add("lower(q.speaker) LIKE @speaker", "@speaker", "%" + speaker.ToLowerInvariant() + "%");
        }

        if (filter.Mentions is { Length: > 0 } mentioned)
        {
            // The entity is named in the quote under its canonical name or any alias found in that article.
            where.Add("""
                (lower(q.text) LIKE @mention OR EXISTS (SELECT 1 FROM entities n WHERE n.article_id = q.article_id
                    AND (lower(n.name) LIKE @mention OR lower(n.aliases) LIKE @mention)
                    AND q.text LIKE '%' || n.name || '%'))
                """, "@mention", "%" + mentioned.ToLowerInvariant() + "%");
        }

        if (filter.Text is { Length: > 0 } text)
        {
            where.Add(_dialect.QuoteTextCondition, "@qtext", _dialect.FullTextQuery(text));
        }

        var sql = $"""
            SELECT q.article_id, q.idx, q.speaker, q.text, q.direct, q.cue, q.start_offset, q.end_offset, a.published, a.source
            FROM quotes q JOIN articles a ON a.id = q.article_id{where}
            ORDER BY a.published DESC, q.article_id, q.idx LIMIT {Math.Max(0, filter.Limit)}
            """;
        using var command = where.Apply(Db.Command(_connection, null, sql));
        using var reader = command.ExecuteReader();
        var quotes = new List<StoredQuote>();
        while (reader.Read())
        {
            quotes.Add(new StoredQuote(reader.GetString(0), Db.Int(reader, 1), Db.Text(reader, 2), reader.GetString(3),
                Db.Bool(reader, 4), Db.Text(reader, 5), Db.Int(reader, 6), Db.Int(reader, 7), Db.Text(reader, 8), Db.Text(reader, 9)));
        }

        return quotes;
    }

    public IReadOnlyList<ActorActivity> Actors(int limit, string? from, string? to)
    {
        var where = new Conditions();
        where.Add("actor IS NOT NULL");
        AddDateRange(where, from, to, "date");
        var sql = $"""
            SELECT actor, event_type, SUM(as_source), SUM(as_target), MAX(name)
            FROM (SELECT source AS actor, source_name AS name, event_type, date, 1 AS as_source, 0 AS as_target FROM events
                  UNION ALL
                  SELECT target, target_name, event_type, date, 0, 1 FROM events) x{where}
            GROUP BY actor, event_type
            """;
        using var command = where.Apply(Db.Command(_connection, null, sql));
        using var reader = command.ExecuteReader();
        var byActor = new Dictionary<string, (long Source, long Target, string? Name, Dictionary<string, long> Types)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var actor = reader.GetString(0);
            var asSource = Db.Long(reader, 2);
            var asTarget = Db.Long(reader, 3);
            var entry = byActor.TryGetValue(actor, out var found)
                ? found
                : (Source: 0L, Target: 0L, Name: Db.Text(reader, 4), Types: new Dictionary<string, long>(StringComparer.Ordinal));
            entry.Types[reader.GetString(1)] = asSource + asTarget;
            byActor[actor] = (entry.Source + asSource, entry.Target + asTarget, entry.Name ?? Db.Text(reader, 4), entry.Types);
        }

        return [.. byActor
            .Select(kv => new ActorActivity(kv.Key, kv.Value.Name, kv.Value.Source + kv.Value.Target, kv.Value.Source, kv.Value.Target,
                kv.Value.Types.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal)))
            .OrderByDescending(a => a.Events).ThenBy(a => a.Actor, StringComparer.Ordinal)
            .Take(Math.Max(0, limit))];
    }

    public IReadOnlyList<DyadBucket> Dyad(DyadQuery query)
    {
        var where = new Conditions();
        var first = query.First.ToUpperInvariant();
        var second = query.Second.ToUpperInvariant();
        where.Add(query.Directed
            ? "source_country = @a AND target_country = @b"
            : "((source_country = @a AND target_country = @b) OR (source_country = @b AND target_country = @a))", "@a", first);
        where.Parameter("@b", second);
        where.Add("date IS NOT NULL");
        if (query.AssertedOnly)
        {
            where.Add("modality = 'asserted'");
        }

        AddDateRange(where, query.From, query.To, "date");
        var period = _dialect.PeriodExpression("date", query.Bucket);
        var sql = $"""
            SELECT {period} AS period,
                   SUM(CASE WHEN quad = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN quad = 2 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN quad = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN quad = 4 THEN 1 ELSE 0 END), SUM(goldstein)
            FROM events{where} GROUP BY {period} ORDER BY 1
            """;
        using var command = where.Apply(Db.Command(_connection, null, sql));
        using var reader = command.ExecuteReader();
        var buckets = new List<DyadBucket>();
        while (reader.Read())
        {
            buckets.Add(new DyadBucket(reader.GetString(0), Db.Long(reader, 1), Db.Long(reader, 2), Db.Long(reader, 3), Db.Long(reader, 4), Db.Double(reader, 5)));
        }

        return buckets;
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        using var command = Db.Bind(Db.Command(_connection, null, _dialect.SearchSql, "@q", "@limit"), _dialect.FullTextQuery(query), Math.Max(0, limit));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), Db.Text(reader, 1), Db.Text(reader, 2), Db.Text(reader, 3), Db.Text(reader, 4) ?? ""));
        }

        return hits;
    }

    private static void AddEventConditions(Conditions where, EventFilter filter, string alias)
    {
        AddActor(where, filter.Source, alias, "source", "@source");
        AddActor(where, filter.Target, alias, "target", "@target");
        if (filter.EventType is { Length: > 0 } type)
        {
            where.Add($"{alias}.event_type = @type", "@type", type.ToUpperInvariant());
        }

        if (filter.Modality is { Length: > 0 } modality)
        {
            where.Add($"{alias}.modality = @modality", "@modality", modality.ToLowerInvariant());
        }

        AddDateRange(where, filter.From, filter.To, $"{alias}.date");
        if (filter.Place is { Length: > 0 } place)
        {
            where.Add($"lower({alias}.location) LIKE @place", "@place", "%" + place.ToLowerInvariant() + "%");
        }
    }

    // Three letters name a country or IGO and match every actor code of it; longer codes match exactly.
    private static void AddActor(Conditions where, string? actor, string alias, string column, string parameter)
    {
        if (actor is not { Length: > 0 })
        {
            return;
        }

        var code = actor.Trim().ToUpperInvariant();
        where.Add(code.Length <= 3 ? $"{alias}.{column}_country = {parameter}" : $"{alias}.{column} = {parameter}", parameter, code);
    }

    private static void AddDateRange(Conditions where, string? from, string? to, string column)
    {
        if (from is { Length: > 0 })
        {
            where.Add($"{column} >= @from", "@from", from);
        }

        if (to is { Length: > 0 })
        {
            where.Add($"{column} <= @to", "@to", to);
        }
    }

    private List<StoredEvent> ReadEvents(string sql, Conditions where)
    {
        using var command = where.Apply(Db.Command(_connection, null, sql));
        using var reader = command.ExecuteReader();
        var events = new List<StoredEvent>();
        while (reader.Read())
        {
            events.Add(new StoredEvent
            {
                Id = Db.Long(reader, 0),
                ArticleId = reader.GetString(1),
                Index = Db.Int(reader, 2),
                Source = Db.Text(reader, 3),
                SourceName = Db.Text(reader, 4),
                EventType = reader.GetString(5),
                Mode = Db.Text(reader, 6),
                Context = Db.Text(reader, 7),
                Cameo = Db.Text(reader, 8),
                Goldstein = Db.Double(reader, 9),
                Quad = Db.Int(reader, 10),
                Target = Db.Text(reader, 11),
                TargetName = Db.Text(reader, 12),
                Modality = reader.GetString(13),
                Date = Db.Text(reader, 14),
                Location = Db.Text(reader, 15),
                Evidence = reader.GetString(16),
                Start = Db.Int(reader, 17),
                End = Db.Int(reader, 18),
                ArticleSource = Db.Text(reader, 19),
                StoryId = Db.NullableLong(reader, 20),
            });
        }

        return events;
    }

    /// <summary>A WHERE clause being built, with its parameter values.</summary>
    private sealed class Conditions
    {
        private readonly List<string> _clauses = [];
        private readonly List<(string Name, object Value)> _parameters = [];

        public void Add(string clause) => _clauses.Add(clause);

        public void Add(string clause, string name, object value)
        {
            _clauses.Add(clause);
            _parameters.Add((name, value));
        }

        public void Parameter(string name, object value) => _parameters.Add((name, value));

        public DbCommand Apply(DbCommand command)
        {
            foreach (var (name, value) in _parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return command;
        }

        public override string ToString()
        {
            if (_clauses.Count == 0)
            {
                return "";
            }

            var sql = new StringBuilder(" WHERE ");
            sql.AppendJoin(" AND ", _clauses);
            return sql.ToString();
        }
    }
}
