namespace Chronicle.Training.Conllu;

/// <summary>Reads CoNLL-U files into sentences; multi-word token lines and empty nodes are kept apart from words.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        var comments = new List<string>();
        var words = new List<ConlluWord>();
        var multiwords = new List<ConlluMultiword>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence([.. comments], [.. words], [.. multiwords]);
                }

                comments.Clear();
                words.Clear();
                multiwords.Clear();
                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line);
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 10)
            {
                throw new FormatException($"CoNLL-U line has {columns.Length} columns, expected 10: '{line}'");
            }

            var id = columns[0];
            if (id.Contains('.'))
            {
                continue;
            }

            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                multiwords.Add(new ConlluMultiword(int.Parse(id[..dash]), int.Parse(id[(dash + 1)..]), columns[1], columns[9]));
                continue;
            }

            words.Add(new ConlluWord(
                int.Parse(id), columns[1], columns[2], columns[3], columns[4], columns[5],
                columns[6] == "_" ? -1 : int.Parse(columns[6]), columns[7], columns[8], columns[9]));
        }

        if (words.Count > 0)
        {
            yield return new ConlluSentence([.. comments], [.. words], [.. multiwords]);
        }
    }
}
