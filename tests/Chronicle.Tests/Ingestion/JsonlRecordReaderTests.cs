using Chronicle.Ingestion;

namespace Chronicle.Tests.Ingestion;

public sealed class JsonlRecordReaderTests
{
    [Fact]
    public void Every_field_of_a_record_is_read()
    {
        // Given a line with every field
        const string line = """{"id": "r/1", "title": "Headline", "published": "1987-02-26", "source": "Reuters", "text": "Body text."}""";

        // When the batch is read
        var record = Assert.Single(JsonlRecordReader.Read(new StringReader(line), "batch.jsonl"));

        // Then the article carries them, and its origin names file and line
        var article = record.Article!;
        Assert.Equal("r/1", article.Id);
        Assert.Equal("Headline", article.Title);
        Assert.Equal(new DateOnly(1987, 2, 26), article.Published);
        Assert.Equal("Reuters", article.Source);
        Assert.Equal("Body text.", article.Text);
        Assert.Equal("batch.jsonl:1", article.Origin);
    }

    [Fact]
    public void A_record_with_html_and_a_numeric_id_and_a_timestamp_is_read()
    {
        // Given a record with html instead of text, a number as id and an ISO timestamp as date
        const string line = """{"id": 42, "published": "2024-05-14T08:32:00+02:00", "html": "<p>Hello there.</p>"}""";

        // When it is read
        var article = JsonlRecordReader.ParseLine(line, "b.jsonl:7").Article!;

        // Then the html is kept for extraction, the id is the number's text and the date is the timestamp's date
        Assert.Equal("<p>Hello there.</p>", article.Html);
        Assert.Null(article.Text);
        Assert.Equal("42", article.Id);
        Assert.Equal(new DateOnly(2024, 5, 14), article.Published);
    }

    [Fact]
    public void Bad_lines_become_errors_naming_file_and_line_and_reading_goes_on()
    {
        // Given a batch with a corrupt line, an empty text, a binary blob with a stray carriage return, a non-object and a bad date
        var lines = string.Join('\n',
            """{"id": "a", "text": "First article."}""",
            """{"id": "b", "text": "cut off""",
            """{"id": "c", "text": ""}""",
            "\u0001\u0002\u0000\u0003\r\u0004\u0005binary\u0006",
            "[1, 2, 3]",
            """{"id": "d", "published": "next week", "text": "Dated badly."}""",
            "",
            """{"id": "e", "text": "Last article."}""");

        // When it is read
        var records = JsonlRecordReader.Read(new StringReader(lines), "batch.jsonl").ToList();

        // Then the good records come through, and each bad one is an error naming its line (blank lines are skipped)
        Assert.Equal(["a", "e"], records.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var errors = records.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        Assert.Equal(["batch.jsonl:2", "batch.jsonl:3", "batch.jsonl:4", "batch.jsonl:5", "batch.jsonl:6"], errors.Select(e => e.Origin));
        Assert.Contains("not valid JSON", errors[0].Problem);
        Assert.Contains("empty", errors[1].Problem);
        Assert.Contains("binary", errors[2].Problem);
        Assert.Contains("not an object", errors[3].Problem);
        Assert.Contains("next week", errors[4].Problem);
        Assert.Equal("batch.jsonl:8", records[^1].Article!.Origin);
    }

    [Fact]
    public void A_record_without_text_or_html_is_an_error()
    {
        // Given a record with only a title
        var record = JsonlRecordReader.ParseLine("""{"title": "Only a title"}""", "b.jsonl:3");

        // Then it is an error saying what is missing
        Assert.Null(record.Article);
        Assert.Contains("neither \"text\" nor \"html\"", record.Error!.Message);
        Assert.StartsWith("b.jsonl:3: ", record.Error.Message);
    }
}
