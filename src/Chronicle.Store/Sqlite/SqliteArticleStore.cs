using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>Opens the embedded store: one SQLite file in WAL mode, created and migrated on first use.</summary>
public static class SqliteArticleStore
{
    /// <exception cref="StoreException">The file cannot be created or opened, or is not a Chronicle database.</exception>
    public static IArticleStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Without pooling the file is released when the store is disposed.
            Pooling = false,
            DefaultTimeout = 60,
        };
        return new SqlArticleStore(new SqliteConnection(builder.ToString()), new SqliteDialect(), $"SQLite database {path}", Configure);
    }

    // WAL with synchronous=NORMAL survives a killed process (not a power cut) and lets readers run beside the writer;
    // a 64 MiB page cache keeps the index pages of a large store in memory while batches are written. Checkpoints
    // (copying the WAL into the database file, with an fsync) come every 32 MiB of WAL rather than every 4 MiB:
    // a bulk ingest copies pages it rewrites many times once instead of once per few batches, and a killed
    // process loses nothing either way (the WAL is replayed on the next open).
    private static void Configure(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 8192;";
        command.ExecuteNonQuery();
    }
}
