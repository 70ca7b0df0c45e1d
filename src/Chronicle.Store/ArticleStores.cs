using Chronicle.Store.Postgres;
using Chronicle.Store.Sqlite;

namespace Chronicle.Store;

/// <summary>Opens the store a <c>--db</c> value names: a <c>postgres://</c> URL, else a SQLite file path.</summary>
public static class ArticleStores
{
    public const string DefaultPath = "chronicle.db";

    /// <exception cref="StoreException">The database cannot be opened.</exception>
    public static IArticleStore Open(string? spec) =>
        string.IsNullOrWhiteSpace(spec) ? SqliteArticleStore.Open(DefaultPath)
        : PostgresArticleStore.IsPostgresUrl(spec) || IsNpgsqlConnectionString(spec) ? PostgresArticleStore.Open(spec)
        : SqliteArticleStore.Open(spec);

    // "Host=...;Database=..." is a connection string, never a file name anyone would choose.
    private static bool IsNpgsqlConnectionString(string spec) =>
        spec.Contains(';', StringComparison.Ordinal) && spec.Contains("host=", StringComparison.OrdinalIgnoreCase);
}
