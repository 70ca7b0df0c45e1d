using Chronicle.Store.Postgres;
using Chronicle.Store.Sqlite;
using Npgsql;

namespace Chronicle.Store.Tests.Support;

/// <summary>
/// A fresh, empty store for one test: a SQLite file in a temporary folder, or a schema of its own in the
/// PostgreSQL server named by CHRONICLE_TEST_POSTGRES (the test skips, saying so, when it is not set).
/// </summary>
internal sealed class TestStore : IDisposable
{
    public const string PostgresVariable = "CHRONICLE_TEST_POSTGRES";

    private readonly Action _cleanup;

    private TestStore(string backend, string spec, Action cleanup)
    {
        Backend = backend;
        Spec = spec;
        _cleanup = cleanup;
        Store = Open();
    }

    public static TheoryData<string> Backends => new("sqlite", "postgres");

    public string Backend { get; }

    /// <summary>What <c>--db</c> would be given to reach this store.</summary>
    public string Spec { get; }

    public IArticleStore Store { get; private set; }

    public static TestStore Create(string backend) => backend switch
    {
        "sqlite" => CreateSqlite(),
        "postgres" => CreatePostgres(),
        _ => throw new ArgumentOutOfRangeException(nameof(backend), backend, "unknown backend"),
    };

    public static string? PostgresConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string RequirePostgres()
    {
        var connection = PostgresConnectionString();
        if (connection is null)
        {
            Assert.Skip($"{PostgresVariable} is not set; PostgreSQL tests need a server (.ci/postgres.sh starts one).");
        }

        return connection!;
    }

    public IArticleStore Open() => Backend == "sqlite" ? SqliteArticleStore.Open(Spec) : PostgresArticleStore.Open(Spec);

    /// <summary>Closes and reopens the store, as a new process would.</summary>
    public IArticleStore Reopen()
    {
        Store.Dispose();
        Store = Open();
        return Store;
    }

    public void Dispose()
    {
        Store.Dispose();
        _cleanup();
    }

    private static TestStore CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("chronicle-store-");
        return new TestStore("sqlite", System.IO.Path.Combine(folder.FullName, "test.db"), () => folder.Delete(recursive: true));
    }

    private static TestStore CreatePostgres()
    {
        var server = PostgresArticleStore.ConnectionString(RequirePostgres());
        var schema = "t_" + Guid.NewGuid().ToString("N");
        Execute(server.ConnectionString, $"CREATE SCHEMA {schema}");
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = schema, Pooling = false };
        return new TestStore("postgres", builder.ConnectionString, () => Execute(server.ConnectionString, $"DROP SCHEMA {schema} CASCADE"));
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
