using System.Text;

namespace Chronicle.Ingestion;

/// <summary>
/// Turns the bytes of a file into text: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM), and Windows-1252
/// when the bytes are not valid UTF-8. Refuses binary content, naming the input.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Taken from the provider directly rather than registered globally: nothing else's encoding lookups change.
    private static readonly Encoding s_windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>How many leading characters are inspected for binary content.</summary>
    private const int SniffLength = 8192;

    /// <exception cref="InputException">The bytes are binary data, not text.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string origin)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8OrWindows1252(bytes[3..]);
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
            text = DecodeUtf8OrWindows1252(bytes);
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

    private static string DecodeUtf8OrWindows1252(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: older news pages and exports are most often Windows-1252 (a superset of Latin-1).
            return s_windows1252.GetString(bytes);
        }
    }
}
