using System.Data.Common;
using System.Globalization;
using Chronicle.Output;
using Chronicle.Store.Migrations;
using Chronicle.Store.Queries;
using Chronicle.Store.Stories;

namespace Chronicle.Store;

/// <summary>
/// The article store over one open ADO.NET connection; SQLite and PostgreSQL differ only in their
/// <see cref="ISqlDialect"/>. Each <see cref="Store"/> call is one transaction: a process killed in the
/// middle leaves the batch wholly absent, and re-running it stores every article exactly once.
/// </summary>
internal sealed class SqlArticleStore : IArticleStore
{
    private readonly DbConnection _connection;
    private readonly ISqlDialect _dialect;
    private readonly StoreQueries _queries;

    /// <exception cref="StoreException">The database cannot be opened, is not a database, or is too new.</exception>
    public SqlArticleStore(DbConnection connection, ISqlDialect dialect, string name, Action<DbConnection>? configure = null)
    {
        _connection = connection;
        _dialect = dialect;
        Name = name;
        try
        {
            _connection.Open();
            configure?.Invoke(_connection);
            SchemaVersion = Migrator.Migrate(_connection, dialect.Migrations, name, dialect.MigrationLockSql);
            Maintain();
        }
        catch (DbException ex) when (dialect.Translate(ex, name) is { } translated)
        {
            _connection.Dispose();
            throw translated;
        }
        catch
        {
            _connection.Dispose();
            throw;
        }

        _queries = new StoreQueries(_connection, dialect);
    }

    public string Name { get; }

    public int SchemaVersion { get; }

    public IngestResult Store(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return IngestResult.Empty;
        }

        // The last copy of an id in a batch wins, as it would across batches.
        var unique = articles.GroupBy(a => a.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        try
        {
            using var transaction = _connection.BeginTransaction();
            var touched = new StoryTouches();
            int inserted = 0, updated = 0, events = 0;
            var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            int stories;
            using (var writer = new ArticleWriter(_connection, transaction, _dialect.RowsPerStatement))
            {
                writer.LookUp([.. unique.Select(a => a.Id)]);
                foreach (var article in unique)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (replaced, count) = writer.Write(article, touched, now);
                    if (replaced)
                    {
                        updated++;
                    }
                    else
                    {
                        inserted++;
                    }

                    events += count;
                }

                writer.Flush();
                using var updater = new StoryUpdater(_connection, transaction, writer.Pending, _dialect.RowsPerStatement);
                stories = updater.Recompute(touched, cancellationToken);
                writer.WriteEvents(updater.PendingStories);
            }

            transaction.Commit();
            Maintain();
            return new IngestResult(inserted, updated, events, stories);
        }
        catch (DbException ex) when (_dialect.Translate(ex, Name) is { } translated)
        {
            throw translated;
        }
    }

    public StoreCounts Counts()
    {
        long Count(string table)
        {
            using var command = Db.Command(_connection, null, $"SELECT COUNT(*) FROM {table}");
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        return new StoreCounts(Count("articles"), Count("entities"), Count("quotes"), Count("events"), Count("stories"));
    }

    public IEnumerable<Article> Articles()
    {
        // The record is kept without its body, which has a column of its own (and the full-text index).
        using var command = Db.Command(_connection, null, "SELECT record, body FROM articles ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ArticleJson.Parse(reader.GetString(0)) with { Body = reader.GetString(1) };
        }
    }

    public Article? FindArticle(string id)
    {
        using var command = Db.Bind(Db.Command(_connection, null, "SELECT record, body FROM articles WHERE id = @id", "@id"), id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ArticleJson.Parse(reader.GetString(0)) with { Body = reader.GetString(1) } : null;
    }

    public IReadOnlyList<StoredEvent> Events(EventFilter filter) => _queries.Events(filter);

    public IReadOnlyList<Story> Stories(EventFilter filter) => _queries.Stories(filter);

    public IReadOnlyList<StoredEvent> StoryEvidence(long storyId) => _queries.StoryEvidence(storyId);

    public IReadOnlyList<StoredQuote> Quotes(QuoteFilter filter) => _queries.Quotes(filter);

    public IReadOnlyList<ActorActivity> Actors(int limit, string? from = null, string? to = null) => _queries.Actors(limit, from, to);

    public IReadOnlyList<DyadBucket> Dyad(DyadQuery query) => _queries.Dyad(query);

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) => _queries.Search(query, limit);

    public void Dispose() => _connection.Dispose();

    private void Maintain()
    {
        if (_dialect.MaintenanceSql.Length > 0)
        {
            using var command = Db.Command(_connection, null, _dialect.MaintenanceSql);
            command.ExecuteNonQuery();
        }
    }
}
