using System.Data.Common;
using Chronicle.Store.Migrations;
using Chronicle.Store.Queries;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>SQLite specifics: FTS5 search with snippets, week labels by date arithmetic, SQLite error codes.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    private const int Corrupt = 11;
    private const int NotADatabase = 26;

    // Microsoft.Data.Sqlite binds each parameter by name, a scan over the statement's parameters: long
    // multi-row statements measured slower than one prepared single-row statement run many times.
    public int RowsPerStatement => 1;

    // Without statistics SQLite 3.53 filters events by source and type through the (type, date) index, reading every
    // event of that type in the date range (10 ms instead of 0.3 ms on 100,000 events). `optimize` runs ANALYZE only
    // on tables whose size changed tenfold since the last one, and the analysis limit keeps that to a sample.
    public string MaintenanceSql => "PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002;";

    public IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE: the write lock already serialises migrations.
    public string MigrationLockSql => "";

    public string SearchSql => """
        SELECT a.id, a.title, a.published, a.source, snippet(articles_fts, 1, '[', ']', '…', 16)
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH @q ORDER BY bm25(articles_fts) LIMIT @limit
        """;

    public string QuoteTextCondition => "q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @qtext)";

    // Weeks are labelled by their Monday, as PostgreSQL's date_trunc('week') does.
    public string PeriodExpression(string column, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Day => $"substr({column}, 1, 10)",
        TimeBucket.Week => $"date({column}, 'weekday 0', '-6 days')",
        _ => $"substr({column}, 1, 7)",
    };

    // Each word becomes a quoted FTS5 string so punctuation in the user's words is never query syntax.
    public string FullTextQuery(string words) =>
        string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "", StringComparison.Ordinal) + "\""));

    public StoreException? Translate(DbException exception, string storeName) => exception is SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            NotADatabase or Corrupt => new StoreCorruptException(storeName, $"the file is not a Chronicle SQLite database or is damaged ({sqlite.Message}).", sqlite),
            _ => new StoreUnavailableException(storeName, $"cannot use the database ({sqlite.Message}).", sqlite),
        }
        : null;
}
