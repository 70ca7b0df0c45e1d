using System.Data.Common;
using System.Text;

namespace Chronicle.Store;

/// <summary>
/// Collects rows for one multi-row statement (<c>INSERT … VALUES (…), (…), …</c> or a statement reading a
/// <c>(VALUES …) AS v</c> list) and runs it many rows at a time: one prepared statement per full chunk instead of
/// one round trip per row, which is where both SQLite (per-statement overhead) and PostgreSQL (per-statement
/// network round trip) spend their time when a batch is written row by row.
/// </summary>
internal sealed class RowBatch : IDisposable
{
    // Old SQLite builds cap a statement at 999 parameters; staying under it keeps every build working.
    private const int MaxParameters = 990;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly Func<string, string> _sql;
    private readonly int _columns;
    private readonly int _rowsPerStatement;
    private readonly Action<DbDataReader>? _readRow;
    private readonly List<object?> _values;
    private DbCommand? _full;

    /// <param name="sql">The statement for a given VALUES list, e.g. <c>v => $"INSERT INTO t (a, b) VALUES {v}"</c>.</param>
    /// <param name="readRow">Reads each row the statement returns (RETURNING or SELECT), when it returns any.</param>
    /// <param name="maxRows">At most this many rows per statement (fewer when the columns would pass the parameter cap).</param>
    public RowBatch(DbConnection connection, DbTransaction transaction, int columns, Func<string, string> sql,
        Action<DbDataReader>? readRow = null, int maxRows = 200)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        _connection = connection;
        _transaction = transaction;
        _sql = sql;
        _columns = columns;
        _rowsPerStatement = Math.Max(1, Math.Min(maxRows, MaxParameters / columns));
        _readRow = readRow;
        _values = new List<object?>(_rowsPerStatement * columns);
    }

    /// <summary>Adds one row (as many values as columns); runs the statement when a chunk is full.</summary>
    public void Add(params ReadOnlySpan<object?> row)
    {
        if (row.Length != _columns)
        {
            throw new ArgumentException($"A row of this statement has {_columns} values, not {row.Length}.", nameof(row));
        }

        foreach (var value in row)
        {
            _values.Add(value ?? DBNull.Value);
        }

        if (_values.Count == _rowsPerStatement * _columns)
        {
            _full ??= Create(_rowsPerStatement);
            Run(_full);
        }
    }

    /// <summary>Runs the statement for the rows still waiting.</summary>
    public void Flush()
    {
        if (_values.Count == 0)
        {
            return;
        }

        using var command = Create(_values.Count / _columns);
        Run(command);
    }

    public void Dispose() => _full?.Dispose();

    private void Run(DbCommand command)
    {
        for (var i = 0; i < _values.Count; i++)
        {
            command.Parameters[i].Value = _values[i];
        }

        _values.Clear();
        if (_readRow is null)
        {
            command.ExecuteNonQuery();
            return;
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _readRow(reader);
        }
    }

    private DbCommand Create(int rows)
    {
        var values = new StringBuilder();
        var names = new string[rows * _columns];
        for (var r = 0; r < rows; r++)
        {
            values.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns; c++)
            {
                var name = $"@p{(r * _columns) + c}";
                names[(r * _columns) + c] = name;
                values.Append(c == 0 ? name : ", " + name);
            }

            values.Append(')');
        }

        return Db.Command(_connection, _transaction, _sql(values.ToString()), names);
    }
}
