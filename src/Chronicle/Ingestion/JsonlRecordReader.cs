using System.Text;
using System.Text.Json;

namespace Chronicle.Ingestion;

/// <summary>
/// Reads a JSONL batch: one <c>{id?, title?, published?, source?, text | html}</c> object per line.
/// A corrupt line, a record without text, or binary data becomes an error naming <c>file:line</c>; reading goes on.
/// </summary>
public static class JsonlRecordReader
{
    public static IEnumerable<InputRecord> Read(TextReader reader, string origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        foreach (var line in ReadLines(reader))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line, $"{origin}:{lineNumber}");
        }
    }

    /// <summary>
    /// Lines end at '\n' only (a trailing '\r' is dropped): a stray carriage return inside a binary blob must not
    /// split it into many records or shift the line numbers the errors name.
    /// </summary>
    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        var buffer = new char[64 * 1024];
        var line = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = buffer.AsMemory(0, read);
            while (!chunk.IsEmpty)
            {
                var newline = chunk.Span.IndexOf('\n');
                if (newline < 0)
                {
                    line.Append(chunk.Span);
                    break;
                }

                line.Append(chunk.Span[..newline]);
                chunk = chunk[(newline + 1)..];
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line.Length--;
                }

                yield return line.ToString();
                line.Clear();
            }
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>Parses one line of a batch; never throws for bad content.</summary>
    public static InputRecord ParseLine(string line, string origin)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (TextDecoder.LooksBinary(line))
        {
            return Fail(origin, "the line holds binary data, not a JSON record.");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return Fail(origin, $"the line is not valid JSON ({ex.Message})");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(origin, $"the line is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object.");
            }

            var text = GetString(root, "text");
            var html = GetString(root, "html");
            if (text is null && html is null)
            {
                return Fail(origin, "the record has neither \"text\" nor \"html\".");
            }

            var content = text ?? html!;
            if (string.IsNullOrWhiteSpace(content))
            {
                return Fail(origin, $"the record's \"{(text is null ? "html" : "text")}\" is empty.");
            }

            if (TextDecoder.LooksBinary(content))
            {
                return Fail(origin, $"the record's \"{(text is null ? "html" : "text")}\" is binary data, not text.");
            }

            DateOnly? published = null;
            var publishedText = GetString(root, "published");
            if (publishedText is not null)
            {
                if (!PublishedDate.TryParse(publishedText, out var date))
                {
                    return Fail(origin, $"\"published\" is '{publishedText}', not a date (YYYY-MM-DD).");
                }

                published = date;
            }

            return InputRecord.Ok(new ArticleInput(
                origin,
                Id: GetString(root, "id"),
                Title: GetString(root, "title"),
                Published: published,
                Source: GetString(root, "source"),
                Text: text,
                Html: text is null ? html : null));
        }
    }

    private static InputRecord Fail(string origin, string problem) => InputRecord.Failed(new InputException(origin, problem));

    /// <summary>A string field; numbers (numeric ids) are kept as their JSON text; null, missing or other kinds are null.</summary>
    private static string? GetString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
