using Chronicle.Store.Postgres;
using Npgsql;

namespace Chronicle.Cli.Tests.Support;

/// <summary>
/// A place for one test's store: a temporary folder (with a SQLite path in it), and for the PostgreSQL backend
/// a schema of its own in the server CHRONICLE_TEST_POSTGRES names (the test skips, saying so, without it).
/// </summary>
internal sealed class StoreSandbox : IDisposable
{
    private readonly string? _schema;
    private readonly string? _server;

    public StoreSandbox(string backend = "sqlite")
    {
        Folder = Directory.CreateTempSubdirectory("chronicle-cli-").FullName;
        if (backend == "postgres")
        {
            var variable = Environment.GetEnvironmentVariable("CHRONICLE_TEST_POSTGRES");
            if (string.IsNullOrEmpty(variable))
            {
                Assert.Skip("CHRONICLE_TEST_POSTGRES is not set; PostgreSQL tests need a server (.ci/postgres.sh starts one).");
            }

            _server = PostgresArticleStore.ConnectionString(variable!).ConnectionString;
            _schema = "t_" + Guid.NewGuid().ToString("N");
            Execute(_server, $"CREATE SCHEMA {_schema}");
            Database = new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema, Pooling = false }.ConnectionString;
        }
        else
        {
            Database = Path.Combine(Folder, "chronicle.db");
        }
    }

    public static TheoryData<string> Backends => new("sqlite", "postgres");

    public string Folder { get; }

    /// <summary>The <c>--db</c> value for this store.</summary>
    public string Database { get; }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public string File(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        if (_schema is not null)
        {
            Execute(_server!, $"DROP SCHEMA {_schema} CASCADE");
        }

        Directory.Delete(Folder, recursive: true);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
