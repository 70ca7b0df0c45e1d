namespace Chronicle.Events;

/// <summary>
/// Reads the tab-separated lexicon files: '#' lines and blank lines are comments, the first other line is the
/// header and must name exactly the expected columns, every later line is a row.
/// </summary>
internal static class TsvFile
{
    public static List<TsvRow> Read(TextReader reader, string fileName, IReadOnlyList<string> columns)
    {
        var rows = new List<TsvRow>();
        var lineNumber = 0;
        var sawHeader = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!sawHeader)
            {
                CheckHeader(fields, fileName, lineNumber, columns);
                sawHeader = true;
                continue;
            }

            if (fields.Length > columns.Count)
            {
                throw new LexiconFormatException(fileName, lineNumber, $"the row has {fields.Length} fields; the header has {columns.Count} ({string.Join(", ", columns)})");
            }

            rows.Add(new TsvRow(fileName, lineNumber, fields));
        }

        if (!sawHeader)
        {
            throw new LexiconFormatException(fileName, Math.Max(lineNumber, 1), $"no header row (expected: {string.Join(", ", columns)})");
        }

        return rows;
    }

    /// <summary>Opens one of the TSV files embedded in the Chronicle assembly (data/events/*.tsv).</summary>
    public static StreamReader OpenEmbedded(string fileName)
    {
        var name = "Chronicle.Data.events." + fileName;
        var stream = typeof(TsvFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the Chronicle assembly; check the EmbeddedResource item of Chronicle.csproj.");
        return new StreamReader(stream);
    }

    private static void CheckHeader(string[] fields, string fileName, int lineNumber, IReadOnlyList<string> columns)
    {
        var matches = fields.Length == columns.Count;
        for (var i = 0; matches && i < columns.Count; i++)
        {
            matches = string.Equals(fields[i].Trim(), columns[i], StringComparison.Ordinal);
        }

        if (!matches)
        {
            throw new LexiconFormatException(fileName, lineNumber, $"the header is '{string.Join(", ", fields)}'; expected '{string.Join(", ", columns)}'");
        }
    }
}
