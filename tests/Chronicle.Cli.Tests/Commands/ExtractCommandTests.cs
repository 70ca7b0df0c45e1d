using System.Text;
using System.Text.Json;

namespace Chronicle.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private const string SeedHeadline = "Amid Russia-Ukraine War, Putin Meets 'Dear Friend' Jinping In Moscow; US Reacts";

    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_bundled_seed_gives_a_record_with_valid_paragraphs_sentences_and_offsets()
    {
        // Given the seed article bundled in samples/
        var seed = CliRunner.RepositoryPath("samples", "seed-putin-xi-moscow.txt");

        // When it is extracted
        var result = await CliRunner.RunAsync("extract", seed, "--published", "2023-03-21");

        // Then the headline is the title, appears at most once, and every paragraph and sentence range indexes the body
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var body = root.GetProperty("body").GetString()!;
        Assert.Equal(SeedHeadline, root.GetProperty("title").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.DoesNotContain(SeedHeadline, body);
        Assert.DoesNotContain("Advertisement", body);
        var paragraphs = Ranges(root, "paragraphs");
        Assert.Equal(17, paragraphs.Count);
        Assert.Equal(body.Length, paragraphs[^1].End);
        Assert.All(paragraphs, p => Assert.Equal(body[p.Start..p.End].Trim(), body[p.Start..p.End]));
        Assert.Equal(body.Split("\n\n"), paragraphs.Select(p => body[p.Start..p.End]));
        var sentences = Ranges(root, "sentences");
        Assert.True(sentences.Count >= paragraphs.Count);
        Assert.All(sentences, s => Assert.Contains(paragraphs, p => p.Start <= s.Start && s.End <= p.End));
        Assert.StartsWith("Moscow: Vladimir Putin", body[paragraphs[1].Start..paragraphs[1].End]);
    }

    [Fact]
    public async Task A_batch_with_bad_records_reports_each_by_line_keeps_order_and_exits_1()
    {
        // Given a batch: good, corrupt, good, empty text, binary blob, good
        var batch = Path.Combine(_folder, "batch.jsonl");
        File.WriteAllText(batch, string.Join('\n',
            """{"id": "a", "title": "First", "published": "2020-01-01", "text": "The first article is about the budget."}""",
            """{"id": "broken", "text": "cut""",
            """{"id": "b", "title": "Second", "text": "The second article is about the weather."}""",
            """{"id": "empty", "text": "  "}""",
            "\u0000\u0001\u0002\u0003binary\u0004\u0005",
            """{"id": "c", "html": "<html><head><title>Third | Site</title></head><body><p>The third article came as HTML.</p></body></html>"}""") + "\n");
        var output = Path.Combine(_folder, "out.jsonl");

        // When it is extracted to a file
        var result = await CliRunner.RunAsync("extract", batch, "-o", output);

        // Then the good records are written in input order, each bad one is named by line, and the exit code is 1
        Assert.Equal(1, result.ExitCode);
        var records = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b", "c"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("Third", records[2].GetProperty("title").GetString());
        Assert.Contains($"{batch}:2:", Unwrapped(result.Error));
        Assert.Contains($"{batch}:4:", Unwrapped(result.Error));
        Assert.Contains($"{batch}:5:", Unwrapped(result.Error));
        Assert.Contains("3 articles, 3 failures", Unwrapped(result.Error));
    }

    [Fact]
    public async Task The_samples_folder_is_a_batch_of_jsonl_records_and_exits_0()
    {
        // Given the bundled samples folder (three Wikinews articles and the seed)
        var samples = CliRunner.RepositoryPath("samples");

        // When it is extracted
        var result = await CliRunner.RunAsync("extract", samples);

        // Then each article is one JSONL line, titled from its first line, with the Wikinews date line kept as text
        Assert.Equal(0, result.ExitCode);
        var records = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, records.Count);
        var toilet = records.Single(r => r.GetProperty("title").GetString() == "Arrests made in theft of gold toilet in England");
        Assert.StartsWith("Wednesday, September 18, 2019\n\nYesterday, Thames Valley Police", toilet.GetProperty("body").GetString());
        Assert.Contains("4 articles, 0 failures", Unwrapped(result.Error));
    }

    [Fact]
    public async Task A_batch_asked_for_as_json_is_one_array()
    {
        // Given a two-record batch on standard input
        const string batch = "{\"id\": \"1\", \"text\": \"One article here.\"}\n{\"id\": \"2\", \"text\": \"Another article here.\"}\n";

        // When it is extracted with --format json
        var result = await CliRunner.RunWithInputAsync(batch, "extract", "-", "--format", "json");

        // Then the output is a JSON array of both records
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["1", "2"], json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_html_page_on_standard_input_gives_its_title_date_and_body()
    {
        // Given an HTML page on standard input
        const string page = """
            <!DOCTYPE html><html><head><title>Bridge reopens | Valley News</title>
            <meta property="article:published_time" content="2023-09-22T10:00:00Z"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Bridge reopens</h1>
            <p>The Old Mill bridge reopened to pedestrians on Friday after three years of repairs.</p>
            <figure><figcaption>Photo: Paul Greaves</figcaption></figure>
            <p>Hundreds of residents crossed it on the first day.</p></article></body></html>
            """;

        // When it is extracted
        var result = await CliRunner.RunWithInputAsync(page, "extract", "-");

        // Then the record has the page's title and date and only the article's paragraphs
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("Bridge reopens", root.GetProperty("title").GetString());
        Assert.Equal("2023-09-22", root.GetProperty("published").GetString());
        Assert.Equal(
            "The Old Mill bridge reopened to pedestrians on Friday after three years of repairs.\n\nHundreds of residents crossed it on the first day.",
            root.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_windows_1252_file_is_read_with_its_accents()
    {
        // Given a text file in Windows-1252
        var path = Path.Combine(_folder, "old.txt");
        File.WriteAllBytes(path, [.. "Caf"u8, 0xE9, .. " owners protest\n\nOwners of the caf"u8, 0xE9, .. " said it would close."u8]);

        // When it is extracted
        var result = await CliRunner.RunAsync("extract", path);

        // Then the accents survive
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("Café owners protest", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Owners of the café said it would close.", json.RootElement.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_large_batch_analysed_in_parallel_comes_out_in_input_order()
    {
        // Given 300 records of different lengths, so that they finish out of order on several threads
        var lines = Enumerable.Range(0, 300).Select(i =>
            $$"""{"id": "n{{i}}", "text": "{{string.Concat(Enumerable.Repeat($"Sentence {i} of the article. ", 1 + (i * 7 % 40)))}}"}""");
        var batch = Path.Combine(_folder, "large.jsonl");
        File.WriteAllLines(batch, lines);

        // When it is extracted
        var result = await CliRunner.RunAsync("extract", batch);

        // Then every record is there, in input order
        Assert.Equal(0, result.ExitCode);
        var ids = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"n{i}"), ids);
    }

    [Fact]
    public async Task A_folder_without_articles_is_an_error()
    {
        // Given a folder with no article files
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "# notes");

        // When it is extracted
        var result = await CliRunner.RunAsync("extract", _folder);

        // Then it fails, saying nothing was found
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no articles found", Unwrapped(result.Error));
    }

    private static List<(int Start, int End)> Ranges(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(r => (r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32()))];

    /// <summary>The test console wraps long lines; error lines are matched without the wrapping.</summary>
    private static string Unwrapped(string text) => text.Replace("\n", "", StringComparison.Ordinal);

    [Fact]
    public async Task The_seed_article_comes_out_with_its_headline_as_title_and_no_boilerplate()
    {
        var seed = CliRunner.SharedPath("seeds", "putin-xi-moscow.txt");
        if (seed is null)
        {
            Assert.Skip("../shared is not beside the repository; the seed article is there.");
        }

        var result = await CliRunner.RunAsync("extract", seed!, "--published", "2023-03-21");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        const string headline = "Amid Russia-Ukraine War, Putin Meets 'Dear Friend' Jinping In Moscow; US Reacts";
        Assert.Equal(headline, root.GetProperty("title").GetString());
        Assert.Equal("2023-03-21", root.GetProperty("published").GetString());
        var body = root.GetProperty("body").GetString()!;
        Assert.DoesNotContain("Advertisement", body);
        Assert.DoesNotContain(headline, body);
        Assert.StartsWith("Russian President Vladimir Putin", body);
        Assert.Equal("Moscow", root.GetProperty("dateline").GetString());
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error_naming_it()
    {
        var result = await CliRunner.RunAsync("extract", "/nonexistent/article.txt");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/nonexistent/article.txt", result.Error);
    }

    [Fact]
    public async Task A_malformed_date_is_refused()
    {
        var result = await CliRunner.RunWithInputAsync("Some text here.", "extract", "-", "--published", "21/03/2023");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("YYYY-MM-DD", result.Error);
    }

    [Fact]
    public async Task The_hidden_parses_option_prints_each_token_with_its_tag_head_and_relation()
    {
        // Given a two-sentence article
        var article = Path.Combine(_folder, "parses.txt");
        File.WriteAllText(article, "Maria Lopez visited Oslo on Monday. The talks went well.");

        // When it is extracted with --parses
        var result = await CliRunner.RunAsync("extract", article, "--published", "2020-01-01", "--parses");

        // Then each sentence is a block of seven tab-separated columns, with one root per sentence
        Assert.Equal(0, result.ExitCode);
        var blocks = result.Output.Trim().Replace("\r", "", StringComparison.Ordinal).Split("\n\n");
        Assert.Equal(2, blocks.Length);
        var rows = blocks[0].Split('\n').Select(line => line.Split('\t')).ToList();
        Assert.All(rows, row => Assert.Equal(7, row.Length));
        Assert.Equal(["1", "Maria"], rows[0][..2]);
        Assert.Equal("visited", rows[2][1]);
        Assert.Equal("VBD", rows[2][4]);
        Assert.Single(rows, row => row[5] == "0" && row[6] == "root");
        Assert.All(rows, row => Assert.InRange(int.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture), 0, rows.Count));
    }
}
