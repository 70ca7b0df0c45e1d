using System.Text.Json;

namespace Chronicle.Benchmarks;

/// <summary>Article texts for benchmarks: a JSONL corpus (<c>text</c> field per line) when there is one, else a built-in sample.</summary>
public static class NewsCorpus
{
    /// <summary>The corpus the segmentation figures are reported on, beside the repository.</summary>
    public static string DefaultPath { get; } = FindDefault();

    /// <summary>Up to <paramref name="limit"/> texts of the corpus, or the built-in sample when the file is absent.</summary>
    public static IReadOnlyList<string> Load(string? path, int limit)
    {
        path ??= DefaultPath;
        if (!File.Exists(path))
        {
            return [.. Enumerable.Repeat(Sample, 200)];
        }

        var texts = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (texts.Count >= limit)
            {
                break;
            }

            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } value)
            {
                texts.Add(value);
            }
        }

        return texts;
    }

    private const string Sample =
        "Moscow: Vladimir Putin and his \"dear friend\" Chinese leader Xi Jinping planned more talks on Tuesday after a Kremlin dinner. "
        + "Washington denounced Xi's visit, saying it showed Beijing was providing Moscow with \"diplomatic cover\" to commit more crimes; "
        + "the U.S. said so on Jan. 5.\n\nRussian state news agencies later reported they held informal talks for nearly 4-1/2 hours.";

    private static string FindDefault()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? ".", "..", "shared", "corpora", "news", "wikinews-2004-2018.jsonl");
    }
}
