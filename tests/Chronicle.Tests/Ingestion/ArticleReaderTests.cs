using System.Text;
using Chronicle.Ingestion;

namespace Chronicle.Tests.Ingestion;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_folder_yields_its_text_html_and_jsonl_files_in_name_order_and_ignores_others()
    {
        // Given a folder with a text file, an HTML page, a two-line batch in a subfolder, and a file of another kind
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "Headline here\n\nThe body of the article.");
        File.WriteAllText(Path.Combine(_folder, "a.html"), "<html><body><p>An HTML article.</p></body></html>");
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        File.WriteAllText(Path.Combine(_folder, "sub", "c.jsonl"), "{\"id\": \"1\", \"text\": \"One.\"}\n{\"id\": \"2\", \"text\": \"Two.\"}\n");
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "# not an article");

        // When the folder is opened
        var source = new ArticleReader().Open(_folder, NoStandardInput);
        var records = source.Records.ToList();

        // Then it is a batch of four records, HTML kept as HTML, in ordinal path order
        Assert.True(source.IsBatch);
        Assert.Equal(4, source.EstimatedCount);
        Assert.All(records, r => Assert.NotNull(r.Article));
        Assert.NotNull(records[0].Article!.Html);
        Assert.Equal("The body of the article.", records[1].Article!.Text!.Split("\n\n")[1]);
        Assert.Equal(["1", "2"], records.Skip(2).Select(r => r.Article!.Id));
    }

    [Fact]
    public void The_published_override_replaces_every_records_date()
    {
        // Given a batch whose records carry their own dates
        var path = Path.Combine(_folder, "batch.jsonl");
        File.WriteAllText(path, "{\"published\": \"1987-02-26\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

        // When it is opened with --published
        var records = new ArticleReader(new DateOnly(2023, 3, 21)).Open(path, NoStandardInput).Records.ToList();

        // Then every record has the given date
        Assert.All(records, r => Assert.Equal(new DateOnly(2023, 3, 21), r.Article!.Published));
    }

    [Fact]
    public void A_missing_file_is_an_error_record_naming_it()
    {
        // Given a path to nothing
        var path = Path.Combine(_folder, "missing.txt");

        // When it is opened
        var record = Assert.Single(new ArticleReader().Open(path, NoStandardInput).Records);

        // Then the record is an error naming the file
        Assert.Equal(path, record.Error!.Origin);
        Assert.Contains("does not exist", record.Error.Message);
    }

    [Fact]
    public void A_binary_file_is_an_error_record_naming_it()
    {
        // Given a .txt file that holds binary data
        var path = Path.Combine(_folder, "image.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x01]);

        // When it is opened
        var record = Assert.Single(new ArticleReader().Open(path, NoStandardInput).Records);

        // Then it is refused as binary, naming the file
        Assert.Equal(path, record.Error!.Origin);
        Assert.Contains("binary", record.Error.Problem);
    }

    [Theory]
    [InlineData("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n", InputFormat.Jsonl, true)]
    [InlineData("<!DOCTYPE html><html><body><p>Page.</p></body></html>", InputFormat.Html, false)]
    [InlineData("Headline\n\nJust some text.", InputFormat.Text, false)]
    public void Standard_input_is_sniffed_as_jsonl_html_or_text(string content, InputFormat format, bool isBatch)
    {
        // Given standard input holding a batch, a page or plain text
        var bytes = Encoding.UTF8.GetBytes(content);

        // When it is opened as '-'
        var source = new ArticleReader().Open("-", () => new MemoryStream(bytes));
        var records = source.Records.ToList();

        // Then its kind decides whether it is a batch and whether the record carries HTML or text
        Assert.Equal(isBatch, source.IsBatch);
        Assert.Equal(format, InputSniffer.FromContent(content));
        Assert.All(records, r => Assert.NotNull(r.Article));
        Assert.Equal(format == InputFormat.Html, records[0].Article!.Html is not null);
    }

    private static Stream NoStandardInput() => throw new InvalidOperationException("standard input is not used by this test");
}
