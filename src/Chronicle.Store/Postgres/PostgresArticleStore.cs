using Npgsql;

namespace Chronicle.Store.Postgres;

/// <summary>Opens a PostgreSQL store from a <c>postgres://user:password@host:port/database</c> URL or an Npgsql connection string.</summary>
public static class PostgresArticleStore
{
    /// <exception cref="StoreException">The server cannot be reached or refuses the login.</exception>
    public static IArticleStore Open(string urlOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(urlOrConnectionString);
        var builder = ConnectionString(urlOrConnectionString);
        var name = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        return new SqlArticleStore(new NpgsqlConnection(builder.ConnectionString), new PostgresDialect(), name);
    }

    public static bool IsPostgresUrl(string spec) =>
        spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">The URL cannot be parsed.</exception>
    public static NpgsqlConnectionStringBuilder ConnectionString(string urlOrConnectionString)
    {
        if (!IsPostgresUrl(urlOrConnectionString))
        {
            return new NpgsqlConnectionStringBuilder(urlOrConnectionString);
        }

        if (!Uri.TryCreate(urlOrConnectionString, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{urlOrConnectionString}' is not a PostgreSQL URL of the form postgres://user:password@host:port/database.", nameof(urlOrConnectionString));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "postgres",
            Timeout = 5,
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }

        return builder;
    }
}
