using System.Globalization;

namespace Chronicle.Actors;

/// <summary>One data row of a knowledge-base TSV file, with typed field access that reports bad values by file and line.</summary>
internal readonly struct TsvRow
{
    private readonly string[] _fields;
    private readonly IReadOnlyList<string> _header;

    public TsvRow(string source, int line, string[] fields, IReadOnlyList<string> header)
    {
        Source = source;
        Line = line;
        _fields = fields;
        _header = header;
    }

    public string Source { get; }

    public int Line { get; }

    public ActorDataException Error(string problem) => new(Source, Line, problem);

    /// <summary>A field that must not be empty.</summary>
    public string Required(int column)
    {
        var value = _fields[column].Trim();
        return value.Length > 0 ? value : throw Error($"column '{_header[column]}' is empty.");
    }

    public string? Optional(int column)
    {
        var value = _fields[column].Trim();
        return value.Length > 0 ? value : null;
    }

    /// <summary>A '|'-separated list; empty items are an error (they come from a typo such as "a||b").</summary>
    public IReadOnlyList<string> List(int column)
    {
        var value = _fields[column].Trim();
        if (value.Length == 0)
        {
            return [];
        }

        var items = value.Split('|');
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = items[i].Trim();
            if (items[i].Length == 0)
            {
                throw Error($"column '{_header[column]}' has an empty item in '{value}'.");
            }
        }

        return items;
    }

    public DateOnly Date(int column)
    {
        var text = Required(column);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"column '{_header[column]}' has '{text}', not a date (YYYY-MM-DD).");
    }

    public DateOnly? OptionalDate(int column) => Optional(column) is null ? null : Date(column);

    public ActorCode Actor(int column)
    {
        var text = Required(column);
        return ActorCode.TryParse(text, out var code)
            ? code.Value
            : throw Error($"column '{_header[column]}' has '{text}', not an actor code (groups of three capital letters).");
    }

    /// <summary>A code of exactly <paramref name="length"/> capital letters (alpha-3, alpha-2, sector).</summary>
    public string Code(int column, int length)
    {
        var text = Required(column);
        return IsCode(text, length) ? text : throw Error($"column '{_header[column]}' has '{text}', not a code of {length} capital letters.");
    }

    public string? OptionalCode(int column, int length) => Optional(column) is null ? null : Code(column, length);

    public TEnum Enum<TEnum>(int column)
        where TEnum : struct, Enum
    {
        var text = Required(column);
        return System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0])
            ? value
            : throw Error($"column '{_header[column]}' has '{text}'; expected one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    private static bool IsCode(string text, int length)
    {
        if (text.Length != length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
