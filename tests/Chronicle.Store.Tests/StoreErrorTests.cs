using System.Net;
using System.Net.Sockets;
using Chronicle.Store.Postgres;
using Chronicle.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Tests;

public sealed class StoreErrorTests
{
    [Fact]
    public void A_file_that_is_not_a_database_is_reported_as_corrupt_by_name()
    {
        // Given a file of text where a database is expected
        var folder = Directory.CreateTempSubdirectory("chronicle-store-");
        var path = Path.Combine(folder.FullName, "notes.db");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("this is not a database, just some notes. ", 200)));

        try
        {
            // When it is opened as a store
            var error = Assert.Throws<StoreCorruptException>(() => SqliteArticleStore.Open(path));

            // Then the error names the file
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Equal($"SQLite database {path}", error.Store);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_database_in_a_missing_folder_is_reported_as_unavailable()
    {
        // Given a path in a folder that does not exist
        var path = Path.Combine(Path.GetTempPath(), "chronicle-missing-" + Guid.NewGuid().ToString("N"), "x.db");

        // When it is opened
        var error = Assert.Throws<StoreUnavailableException>(() => SqliteArticleStore.Open(path));

        // Then the error names it
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_from_a_newer_chronicle_is_refused()
    {
        // Given a database whose schema version is beyond what this build knows
        var folder = Directory.CreateTempSubdirectory("chronicle-store-");
        var path = Path.Combine(folder.FullName, "future.db");
        SqliteArticleStore.Open(path).Dispose();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'now')";
            command.ExecuteNonQuery();
        }

        try
        {
            // When it is opened
            var error = Assert.Throws<StoreUnavailableException>(() => SqliteArticleStore.Open(path));

            // Then the message says why
            Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_unreachable_postgres_server_is_reported_by_host_and_port()
    {
        // Given a port nothing listens on
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // When a store is opened there
        var error = Assert.Throws<StoreUnavailableException>(() =>
            PostgresArticleStore.Open($"postgres://chronicle:secret@127.0.0.1:{port}/chronicle"));

        // Then the message names the server and says it cannot be reached
        Assert.Contains($"PostgreSQL 127.0.0.1:{port}/chronicle", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
