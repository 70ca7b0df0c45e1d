using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Ingestion;

/// <summary>
/// Turns the bytes of a file into text: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM), and Windows-1252
/// when the bytes are not valid UTF-8. Refuses binary content, naming the input.
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Taken from the provider directly rather than registered globally: nothing else's encoding lookups change.
    private static readonly Encoding s_windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>How many leading characters are inspected for binary content.</summary>
    private const int SniffLength = 8192;

    /// <exception cref="InputException">The bytes are binary data, not text.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string origin) => Decode(bytes, origin, declaredCharset: null);

    /// <summary>
    /// Decodes an HTML page: as <see cref="Decode(ReadOnlySpan{byte}, string)"/>, except that bytes which are not
    /// UTF-8 are read in the charset the page declares (<c>&lt;meta charset&gt;</c>), when it names one we know.
    /// </summary>
    /// <exception cref="InputException">The bytes are binary data, not text.</exception>
    public static string DecodeHtml(ReadOnlySpan<byte> bytes, string origin)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        var match = DeclaredCharset().Match(Encoding.ASCII.GetString(head));
        return Decode(bytes, origin, match.Success ? match.Groups["charset"].Value : null);
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string origin, string? declaredCharset)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8OrFallback(bytes[3..], null);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            text = DecodeUtf8OrFallback(bytes, declaredCharset);
        }

        if (LooksBinary(text))
        {
            throw new InputException(origin, "the file holds binary data, not text (NUL bytes or mostly control characters).");
        }

        return text;
    }

    /// <summary>
    /// True when the start of a text has a NUL, or more than one in ten characters are control characters
    /// other than line breaks and tabs, or replacement characters from undecodable bytes.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var sample = text.Length > SniffLength ? text[..SniffLength] : text;
        if (sample.IsEmpty)
        {
            return false;
        }

        var suspicious = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                suspicious++;
            }
        }

        return suspicious * 10 > sample.Length;
    }

    private static string DecodeUtf8OrFallback(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: the page's own declaration if it has one we know, else Windows-1252, which older
            // news pages and exports most often are (it is a superset of Latin-1).
            return (FindEncoding(declaredCharset) ?? s_windows1252).GetString(bytes);
        }
    }

    private static Encoding? FindEncoding(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            // An unknown or misspelt charset name: fall back as if none was declared.
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredCharset();
}
