namespace Chronicle.Ingestion;

/// <summary>Decides whether an input is plain text, an HTML page or a JSONL batch, from its name or its first characters.</summary>
public static class InputSniffer
{
    public static InputFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => InputFormat.Text,
        ".html" or ".htm" or ".xhtml" => InputFormat.Html,
        ".jsonl" or ".ndjson" => InputFormat.Jsonl,
        _ => null,
    };

    /// <summary>JSONL when the first non-blank line is a JSON object; HTML when the text opens with markup; text otherwise.</summary>
    public static InputFormat FromContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith('{'))
        {
            var lineEnd = start.IndexOf('\n');
            var firstLine = (lineEnd < 0 ? start : start[..lineEnd]).TrimEnd();
            if (firstLine.EndsWith('}'))
            {
                return InputFormat.Jsonl;
            }
        }

        if (start.StartsWith('<'))
        {
            var head = start[..Math.Min(start.Length, 2048)];
            if (head.Contains("<html", StringComparison.OrdinalIgnoreCase)
                || head.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<p", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<article", StringComparison.OrdinalIgnoreCase))
            {
                return InputFormat.Html;
            }
        }

        return InputFormat.Text;
    }
}
