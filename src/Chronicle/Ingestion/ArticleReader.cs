using System.Text;

namespace Chronicle.Ingestion;

/// <summary>
/// Opens what the user named — a text or HTML file, a JSONL batch, a folder of those, or <c>-</c> for standard
/// input — and yields its records. Unreadable records are yielded as errors naming them; reading goes on.
/// </summary>
public sealed class ArticleReader
{
    private static readonly string[] s_folderExtensions = [".txt", ".html", ".htm", ".jsonl"];

    private readonly DateOnly? _publishedOverride;

    /// <param name="publishedOverride">When set, replaces the publication date of every record (<c>--published</c>).</param>
    public ArticleReader(DateOnly? publishedOverride = null) => _publishedOverride = publishedOverride;

    /// <param name="path">A file, a folder, or <c>-</c>.</param>
    /// <param name="openStandardInput">Opens standard input when <paramref name="path"/> is <c>-</c>.</param>
    public InputSource Open(string path, Func<Stream> openStandardInput)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(openStandardInput);
        if (path == "-")
        {
            return OpenStandardInput(openStandardInput);
        }

        if (Directory.Exists(path))
        {
            var files = ListFolder(path);
            return new InputSource(path, IsBatch: true, Override(files.SelectMany(ReadFile)), files.Sum(EstimateCount));
        }

        var format = InputSniffer.FromExtension(path);
        var isBatch = format == InputFormat.Jsonl;
        return new InputSource(path, isBatch, Override(ReadFile(path)), isBatch && File.Exists(path) ? EstimateCount(path) : 1);
    }

    /// <summary>Every .txt, .html, .htm and .jsonl file under a folder, in a stable (ordinal) order.</summary>
    public static IReadOnlyList<string> ListFolder(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => s_folderExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Reads one file by its extension (content sniffed for unknown extensions).</summary>
    public static IEnumerable<InputRecord> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = InputSniffer.FromExtension(path);
        if (format == InputFormat.Jsonl)
        {
            return ReadJsonlFile(path);
        }

        return [ReadDocumentFile(path, format)];
    }

    /// <summary>Reads a whole stream, sniffs what it holds and yields its records.</summary>
    public static IEnumerable<InputRecord> ReadStream(byte[] bytes, string origin, out InputFormat format)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string text;
        try
        {
            text = TextDecoder.Decode(bytes, origin);
        }
        catch (InputException ex)
        {
            format = InputFormat.Text;
            return [InputRecord.Failed(ex)];
        }

        format = InputSniffer.FromContent(text);
        if (format == InputFormat.Html)
        {
            // A page that is not UTF-8 may declare its charset; decoding again honours it.
            text = TextDecoder.DecodeHtml(bytes, origin);
        }

        return format switch
        {
            InputFormat.Jsonl => JsonlRecordReader.Read(new StringReader(text), origin),
            _ => [ToRecord(origin, text, format)],
        };
    }

    private InputSource OpenStandardInput(Func<Stream> openStandardInput)
    {
        const string origin = "<stdin>";
        using var stream = openStandardInput();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var records = ReadStream(buffer.ToArray(), origin, out var format);
        return new InputSource("-", format == InputFormat.Jsonl, Override(records), EstimatedCount: null);
    }

    private IEnumerable<InputRecord> Override(IEnumerable<InputRecord> records)
    {
        if (_publishedOverride is not { } date)
        {
            return records;
        }

        return records.Select(r => r.Article is { } article ? InputRecord.Ok(article with { Published = date }) : r);
    }

    private static InputRecord ReadDocumentFile(string path, InputFormat? format)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return InputRecord.Failed(new InputException(path, "the file does not exist."));
        }
        catch (DirectoryNotFoundException)
        {
            return InputRecord.Failed(new InputException(path, "the file does not exist (its folder is missing)."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputRecord.Failed(new InputException(path, $"the file cannot be read ({ex.Message})", ex));
        }

        string text;
        try
        {
            text = format == InputFormat.Html ? TextDecoder.DecodeHtml(bytes, path) : TextDecoder.Decode(bytes, path);
        }
        catch (InputException ex)
        {
            return InputRecord.Failed(ex);
        }

        return ToRecord(path, text, format ?? InputSniffer.FromContent(text));
    }

    private static InputRecord ToRecord(string origin, string text, InputFormat format)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputRecord.Failed(new InputException(origin, "the input is empty."));
        }

        var source = origin == "<stdin>" ? null : origin;
        return InputRecord.Ok(format == InputFormat.Html
            ? new ArticleInput(origin, Source: source, Html: text)
            : new ArticleInput(origin, Source: source, Text: text));
    }

    private static IEnumerable<InputRecord> ReadJsonlFile(string path)
    {
        StreamReader reader;
        try
        {
            // JSONL is UTF-8 by definition; a UTF-16 BOM is still honoured. Undecodable bytes become U+FFFD,
            // which the line reader reports as binary data for that line only.
            reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [InputRecord.Failed(new InputException(path, ex is FileNotFoundException ? "the file does not exist." : $"the file cannot be read ({ex.Message})", ex))];
        }

        return ReadAndDispose(reader, path);
    }

    private static IEnumerable<InputRecord> ReadAndDispose(StreamReader reader, string path)
    {
        using (reader)
        {
            foreach (var record in JsonlRecordReader.Read(reader, path))
            {
                yield return record;
            }
        }
    }

    /// <summary>Records in a file: lines of a JSONL file (counted by scanning for newlines), else one.</summary>
    private static int EstimateCount(string path)
    {
        if (InputSniffer.FromExtension(path) != InputFormat.Jsonl)
        {
            return 1;
        }

        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> buffer = stackalloc byte[64 * 1024];
            int read, count = 0;
            var last = (byte)'\n';
            while ((read = stream.Read(buffer)) > 0)
            {
                count += buffer[..read].Count((byte)'\n');
                last = buffer[read - 1];
            }

            return last == '\n' ? count : count + 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
