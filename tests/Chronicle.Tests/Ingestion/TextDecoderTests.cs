using System.Text;
using Chronicle.Ingestion;

namespace Chronicle.Tests.Ingestion;

public sealed class TextDecoderTests
{
    private const string Text = "Café talks in Zürich — “no deal”";

    [Fact]
    public void Utf8_without_a_byte_order_mark_is_read_as_utf8()
    {
        // Given UTF-8 bytes without a BOM
        var bytes = new UTF8Encoding(false).GetBytes(Text);

        // When they are decoded
        var text = TextDecoder.Decode(bytes, "a.txt");

        // Then the text comes back unchanged
        Assert.Equal(Text, text);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_dropped()
    {
        // Given UTF-8 bytes with a BOM
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)];

        // When they are decoded
        var text = TextDecoder.Decode(bytes, "a.txt");

        // Then the BOM is not part of the text
        Assert.Equal(Text, text);
    }

    [Fact]
    public void Utf16_little_and_big_endian_are_read_by_their_byte_order_mark()
    {
        // Given the same text in UTF-16 LE and BE, each with its BOM
        byte[] little = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)];
        byte[] big = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)];

        // When both are decoded
        // Then both give the text (their NUL bytes are not taken for binary data)
        Assert.Equal(Text, TextDecoder.Decode(little, "le.txt"));
        Assert.Equal(Text, TextDecoder.Decode(big, "be.txt"));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        // Given Windows-1252 bytes: é is 0xE9 and curly quotes are 0x93/0x94, none of them valid UTF-8 here
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " said "u8, 0x93, .. "yes"u8, 0x94];

        // When they are decoded
        var text = TextDecoder.Decode(bytes, "old.txt");

        // Then the Windows-1252 characters come out
        Assert.Equal("Café said \u201Cyes\u201D", text);
    }

    [Fact]
    public void Binary_content_is_refused_naming_the_file()
    {
        // Given bytes with NULs (an image, an archive)
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        // When they are decoded
        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "photo.png"));

        // Then the error names the file and says why
        Assert.Equal("photo.png", error.Origin);
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Mostly_control_characters_count_as_binary_but_ordinary_line_breaks_do_not()
    {
        // Given a text of control characters and a text with tabs and CRLF line breaks
        var controls = new string('\u0001', 30) + "abc";
        var lines = "Line one\r\n\tLine two\r\n";

        // Then only the first looks binary
        Assert.True(TextDecoder.LooksBinary(controls));
        Assert.False(TextDecoder.LooksBinary(lines));
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_read_in_the_charset_it_declares()
    {
        // Given a Windows-1251 (Cyrillic) page that says so in its meta tag
        var cyrillic = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        var bytes = cyrillic.GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>Москва</p></body></html>");

        // When it is decoded as HTML
        var text = TextDecoder.DecodeHtml(bytes, "page.html");

        // Then the Cyrillic survives (Windows-1252 would have made it Latin letters)
        Assert.Contains("Москва", text);
    }
}
