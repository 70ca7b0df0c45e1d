using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Ingestion;
using Chronicle.Segmentation;

namespace Chronicle.Training.Entities;

/// <summary>Reads the texts of a JSONL news corpus (one record with a "text" field per line), segmented, for learning word classes.</summary>
public static class UnlabelledCorpus
{
    /// <param name="excludedTitles">Titles of articles to leave out (e.g. those of an evaluation set, so it stays unseen).</param>
    /// <exception cref="InputException">A line is not a JSON record with a text.</exception>
    public static IEnumerable<Document> Read(string path, IReadOnlySet<string> excludedTitles)
    {
        var segmenter = new Segmenter();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? text;
            string? title;
            try
            {
                using var json = JsonDocument.Parse(line);
                text = json.RootElement.TryGetProperty("text", out var t) ? t.GetString() : null;
                title = json.RootElement.TryGetProperty("title", out var h) ? h.GetString() : null;
            }
            catch (JsonException ex)
            {
                throw new InputException($"{path}:{lineNumber}", "is not a JSON record: " + ex.Message);
            }

            if (string.IsNullOrWhiteSpace(text) || (title is not null && excludedTitles.Contains(title)))
            {
                continue;
            }

            var document = new Document(text, new ArticleMetadata($"{path}:{lineNumber}"));
            segmenter.Process(document);
            yield return document;
        }
    }

    /// <summary>The titles of the records of a JSONL file.</summary>
    public static IReadOnlySet<string> Titles(string path)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("title", out var title) && title.GetString() is { } value)
            {
                titles.Add(value);
            }
        }

        return titles;
    }
}
