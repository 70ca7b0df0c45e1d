namespace Chronicle.Events;

/// <summary>One data row of a lexicon TSV file, with its location for error messages.</summary>
internal readonly struct TsvRow
{
    private readonly string[] _fields;

    public TsvRow(string fileName, int lineNumber, string[] fields)
    {
        FileName = fileName;
        LineNumber = lineNumber;
        _fields = fields;
    }

    public string FileName { get; }

    public int LineNumber { get; }

    /// <summary>The trimmed field at a column; empty when the row stops before it (editors drop trailing tabs).</summary>
    public string this[int column] => column < _fields.Length ? _fields[column].Trim() : "";

    /// <summary>The field, or null when it is empty.</summary>
    public string? Optional(int column) => this[column] is { Length: > 0 } value ? value : null;

    /// <summary>The field, or a <see cref="LexiconFormatException"/> naming the column when it is empty.</summary>
    public string Required(int column, string name) =>
        this[column] is { Length: > 0 } value ? value : throw Error($"the '{name}' column is empty");

    public LexiconFormatException Error(string problem, Exception? inner = null) =>
        new(FileName, LineNumber, problem, inner);
}
