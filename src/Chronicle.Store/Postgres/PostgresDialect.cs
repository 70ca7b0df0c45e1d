using System.Data.Common;
using System.Net.Sockets;
using Chronicle.Store.Migrations;
using Chronicle.Store.Queries;
using Npgsql;

namespace Chronicle.Store.Postgres;

/// <summary>PostgreSQL specifics: tsvector search with ts_headline snippets, date_trunc weeks, connection errors.</summary>
internal sealed class PostgresDialect : ISqlDialect
{
    // One statement per row is one network round trip per row; a hundred rows per statement amortise it.
    public int RowsPerStatement => 100;

    // Autovacuum keeps PostgreSQL's statistics.
    public string MaintenanceSql => "";

    public IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    // Scoped to the current schema, so stores in different schemas of one database do not wait for each other.
    public string MigrationLockSql => "SELECT pg_advisory_xact_lock(hashtext('chronicle-migrations:' || current_schema()))";

    public string SearchSql => """
        SELECT a.id, a.title, a.published, a.source,
               ts_headline('english', a.body, query, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8')
        FROM articles a, websearch_to_tsquery('english', @q) query
        WHERE a.search @@ query ORDER BY ts_rank(a.search, query) DESC, a.id LIMIT @limit
        """;

    public string QuoteTextCondition => "q.search @@ websearch_to_tsquery('english', @qtext)";

    public string PeriodExpression(string column, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Day => $"substr({column}, 1, 10)",
        TimeBucket.Week => $"to_char(date_trunc('week', {column}::date), 'YYYY-MM-DD')",
        _ => $"substr({column}, 1, 7)",
    };

    public string FullTextQuery(string words) => words;

    public StoreException? Translate(DbException exception, string storeName) => exception switch
    {
        PostgresException { SqlState: "28P01" or "28000" } pg => new StoreUnavailableException(storeName, $"the server refused the login ({pg.MessageText}).", pg),
        PostgresException { SqlState: "3D000" } pg => new StoreUnavailableException(storeName, $"the database does not exist ({pg.MessageText}).", pg),
        PostgresException { SqlState: "57P01" or "57P02" or "57P03" } pg => new StoreUnavailableException(storeName, $"the server is shutting down or starting ({pg.MessageText}).", pg),
        PostgresException => null,
        NpgsqlException { InnerException: SocketException or TimeoutException } ex =>
            new StoreUnavailableException(storeName, $"cannot reach the PostgreSQL server ({ex.InnerException!.Message}).", ex),
        NpgsqlException ex => new StoreUnavailableException(storeName, $"cannot use the PostgreSQL server ({ex.Message}).", ex),
        _ => null,
    };
}
