namespace Chronicle.Actors;

/// <summary>
/// Reads a knowledge-base TSV: UTF-8, a header row that must match the expected columns, '#' comment lines and
/// blank lines skipped, every data row with exactly the header's number of fields.
/// </summary>
internal static class TsvTable
{
    public static List<TsvRow> Read(TextReader reader, string source, IReadOnlyList<string> expectedHeader)
    {
        var header = reader.ReadLine();
        if (header is null)
        {
            throw new ActorDataException(source, 1, "the file is empty; expected a header row.");
        }

        var columns = header.TrimStart('\uFEFF').Split('\t');
        if (!columns.SequenceEqual(expectedHeader, StringComparer.Ordinal))
        {
            throw new ActorDataException(source, 1, $"header is '{string.Join("|", columns)}'; expected '{string.Join("|", expectedHeader)}' (tab-separated).");
        }

        var rows = new List<TsvRow>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != expectedHeader.Count)
            {
                throw new ActorDataException(source, lineNumber, $"expected {expectedHeader.Count} tab-separated fields ({string.Join(", ", expectedHeader)}), found {fields.Length}.");
            }

            rows.Add(new TsvRow(source, lineNumber, fields, expectedHeader));
        }

        return rows;
    }
}
