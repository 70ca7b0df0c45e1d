using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronicle.Training.Evaluation;

/// <summary>
/// Loads article records (gold or predicted) the way shared/tools/score.py does: a <c>.json</c> file holds one record
/// or a list, a <c>.jsonl</c> file one record per line (lines that are not JSON are skipped, as score.py skips them),
/// a folder every <c>.json</c>/<c>.jsonl</c> file in it, in name order.
/// </summary>
public static class ArticleRecordReader
{
    /// <exception cref="RecordFormatException">A <c>.json</c> file is not JSON, or holds something other than records.</exception>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public static IReadOnlyList<JsonObject> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var records = new List<JsonObject>();
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.GetFiles(path).Order(StringComparer.Ordinal))
            {
                if (file.EndsWith(".json", StringComparison.Ordinal) || file.EndsWith(".jsonl", StringComparison.Ordinal))
                {
                    records.AddRange(Load(file));
                }
            }

            return records;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{path}' is neither a record file nor a folder of them.", path);
        }

        var text = File.ReadAllText(path);
        if (path.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                try
                {
                    if (JsonNode.Parse(trimmed) is JsonObject record)
                    {
                        records.Add(record);
                    }
                }
                catch (JsonException)
                {
                    // score.py skips lines that are not JSON; so must a faithful port, or the figures would differ.
                    continue;
                }
            }

            return records;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new RecordFormatException($"'{path}' is not valid JSON: {ex.Message}", ex);
        }

        switch (root)
        {
            case JsonObject single:
                records.Add(single);
                break;
            case JsonArray list:
                records.AddRange(list.OfType<JsonObject>());
                break;
            default:
                throw new RecordFormatException($"'{path}' holds neither an article record nor a list of them.");
        }

        return records;
    }
}
