using System.Globalization;
using System.Text.Json;
using Chronicle.Ingestion;
using Chronicle.Output;

namespace Chronicle.Store.Ingest;

/// <summary>
/// Reads what <c>chronicle ingest</c> is given — a file, a folder, a JSONL batch or standard input — as
/// article records. Records that already are article records (they have a <c>body</c>, as
/// <c>chronicle extract</c> writes them) are taken as they are; raw articles (text files, JSONL with
/// <c>text</c>) go through the analyzer. A record that cannot be read becomes an error item naming it,
/// and reading goes on. Kept to this one class so a richer batch reader can replace it.
/// </summary>
public sealed class IngestReader
{
    private static readonly string[] s_extensions = [".jsonl", ".json", ".txt", ".html", ".htm"];

    private readonly Func<ArticleInput, CancellationToken, Article> _analyze;

    /// <param name="analyze">Turns a raw article into its record (the standard pipeline's analyzer).</param>
    public IngestReader(Func<ArticleInput, CancellationToken, Article> analyze)
    {
        _analyze = analyze;
    }

    /// <param name="path">A file, a folder (read recursively, in name order), or <c>-</c> for <paramref name="standardInput"/>.</param>
    public IEnumerable<IngestItem> Read(string path, Func<Stream> standardInput, CancellationToken cancellationToken = default)
    {
        if (path == "-")
        {
            return ReadStandardInput(standardInput, cancellationToken);
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => s_extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .SelectMany(f => ReadFile(f, cancellationToken));
        }

        return ReadFile(path, cancellationToken);
    }

    private IEnumerable<IngestItem> ReadStandardInput(Func<Stream> standardInput, CancellationToken cancellationToken)
    {
        string text;
        using (var reader = new StreamReader(standardInput()))
        {
            text = reader.ReadToEnd();
        }

        foreach (var item in ReadText("stdin", text, jsonl: null, cancellationToken))
        {
            yield return item;
        }
    }

    private IEnumerable<IngestItem> ReadFile(string path, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            return ReadLines(path, cancellationToken);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Failed(path, $"cannot be read ({ex.Message})", ex)];
        }

        return ReadText(path, text, jsonl: extension == ".json" ? false : null, cancellationToken, html: extension is ".html" or ".htm");
    }

    private IEnumerable<IngestItem> ReadLines(string path, CancellationToken cancellationToken)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Failed(path, $"cannot be read ({ex.Message})", ex)];
        }

        return lines.Select((line, i) => (line, i))
            .Where(x => !string.IsNullOrWhiteSpace(x.line))
            .Select(x => FromJson($"{path}:{x.i + 1}", x.line, cancellationToken));
    }

    // jsonl: true = one record per line, false = one JSON object, null = decide from the first character.
    private IEnumerable<IngestItem> ReadText(string origin, string text, bool? jsonl, CancellationToken cancellationToken, bool html = false)
    {
        var trimmed = text.TrimStart();
        var isJson = jsonl is not null || trimmed.StartsWith('{');
        if (!isJson)
        {
            yield return Analyze(new ArticleInput(origin, Source: origin, Text: html ? null : text, Html: html ? text : null), cancellationToken);
            yield break;
        }

        if (jsonl == false)
        {
            yield return FromJson(origin, text, cancellationToken);
            yield break;
        }

        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return FromJson($"{origin}:{lineNumber}", line, cancellationToken);
            }
        }
    }

    private IngestItem FromJson(string origin, string json, CancellationToken cancellationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failed(origin, "is not a JSON object.");
            }

            if (root.TryGetProperty("body", out _))
            {
                return new IngestItem(origin, ArticleJson.Parse(json), null);
            }

            if (!root.TryGetProperty("text", out _) && !root.TryGetProperty("html", out _))
            {
                return Failed(origin, "has neither 'body' (an article record) nor 'text' or 'html' (a raw article).");
            }

            return Analyze(new ArticleInput(
                origin,
                Id: String(root, "id"),
                Title: String(root, "title"),
                Published: Date(origin, String(root, "published")),
                Source: String(root, "source") ?? String(root, "url"),
                Text: String(root, "text"),
                Html: String(root, "html")), cancellationToken);
        }
        catch (JsonException ex)
        {
            return Failed(origin, $"is not a valid record ({ex.Message})", ex);
        }
        catch (InputException ex)
        {
            return new IngestItem(origin, null, ex);
        }
    }

    private IngestItem Analyze(ArticleInput input, CancellationToken cancellationToken)
    {
        try
        {
            return new IngestItem(input.Origin, _analyze(input, cancellationToken), null);
        }
        catch (InputException ex)
        {
            return new IngestItem(input.Origin, null, ex);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(string origin, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException(origin, $"'published' is '{text}', not a date of the form YYYY-MM-DD.");
    }

    private static IngestItem Failed(string origin, string problem, Exception? inner = null) =>
        new(origin, null, new InputException(origin, problem, inner));
}
