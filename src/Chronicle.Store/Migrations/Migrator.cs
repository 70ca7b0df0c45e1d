using System.Data.Common;
using System.Globalization;

namespace Chronicle.Store.Migrations;

/// <summary>Brings a database to the newest schema version by applying the migrations it has not seen.</summary>
internal static class Migrator
{
    /// <returns>The schema version after migrating.</returns>
    /// <exception cref="StoreUnavailableException">The database was made by a newer Chronicle.</exception>
    /// <param name="lockSql">Run first in each migration transaction so two processes opening a new database migrate one after the other.</param>
    public static int Migrate(DbConnection connection, IReadOnlyList<Migration> migrations, string storeName, string lockSql)
    {
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, transaction, lockSql);
            Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            transaction.Commit();
        }

        var newest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        var current = CurrentVersion(connection, null);
        if (current > newest)
        {
            throw new StoreUnavailableException(storeName, $"the database has schema version {current}, newer than this Chronicle knows ({newest}); upgrade Chronicle.");
        }

        foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, lockSql);
            if (CurrentVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }

            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)";
            AddParameter(record, "@v", migration.Version);
            AddParameter(record, "@n", migration.Name);
            AddParameter(record, "@t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
        }

        return CurrentVersion(connection, null);
    }

    private static int CurrentVersion(DbConnection connection, DbTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (sql.Length == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
