using System.Text.Json;
using Chronicle.Cli.Tests.Support;
using Chronicle.Store;

namespace Chronicle.Cli.Tests.Commands;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Article_records_are_stored_as_they_are_and_a_rerun_only_updates()
    {
        // Given article records as chronicle extract writes them
        using var sandbox = new StoreSandbox();
        var input = StoreSandbox.Fixture("wire-stories.jsonl");

        // When they are ingested twice
        var first = await CliRunner.RunAsync("ingest", input, "--db", sandbox.Database);
        var second = await CliRunner.RunAsync("ingest", input, "--db", sandbox.Database);

        // Then the second run updates the 11 articles without adding any
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("11 new", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new, 11 updated", second.Error, StringComparison.Ordinal);
        using var store = ArticleStores.Open(sandbox.Database);
        Assert.Equal(11, store.Counts().Articles);
    }

    [Fact]
    public async Task Raw_articles_run_through_the_pipeline_and_bad_records_are_named_and_skipped()
    {
        // Given a JSONL batch of raw articles with one broken line and one without text, and a text file in a folder
        using var sandbox = new StoreSandbox();
        var folder = Directory.CreateDirectory(sandbox.File("in")).FullName;
        File.WriteAllLines(Path.Combine(folder, "batch.jsonl"),
        [
            """{"id": "raw-1", "title": "Talks", "published": "2023-03-20", "source": "example.org", "text": "The two leaders met in Moscow. They talked for hours."}""",
            """{"id": "raw-2", "text": """,
            """{"id": "raw-3", "title": "Empty"}""",
        ]);
        File.WriteAllText(Path.Combine(folder, "note.txt"), "A short note about a meeting. It went well.");

        // When the folder is ingested
        var result = await CliRunner.RunAsync("ingest", folder, "--db", sandbox.Database);

        // Then the two good articles are stored and the two bad records are reported by file and line
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("batch.jsonl:2", result.Error, StringComparison.Ordinal);
        Assert.Contains("batch.jsonl:3", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 records skipped", result.Error, StringComparison.Ordinal);
        using var store = ArticleStores.Open(sandbox.Database);
        var articles = store.Articles().ToList();
        Assert.Equal(2, articles.Count);
        Assert.Contains(articles, a => a.Id == "raw-1" && a.Published == "2023-03-20" && a.Body.StartsWith("The two leaders", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Standard_input_is_read_with_a_dash()
    {
        // Given article records on standard input
        using var sandbox = new StoreSandbox();
        var input = await File.ReadAllTextAsync(StoreSandbox.Fixture("wire-stories.jsonl"), TestContext.Current.CancellationToken);

        // When ingest reads '-'
        var result = await CliRunner.RunWithInputAsync(input, "ingest", "-", "--db", sandbox.Database);

        // Then all are stored
        Assert.Equal(0, result.ExitCode);
        using var store = ArticleStores.Open(sandbox.Database);
        Assert.Equal(11, store.Counts().Articles);
    }

    [Fact]
    public async Task A_corrupt_database_is_one_clear_line_naming_the_file()
    {
        // Given a file that is not a database
        using var sandbox = new StoreSandbox();
        await File.WriteAllTextAsync(sandbox.Database, new string('x', 4096), TestContext.Current.CancellationToken);

        // When ingest is pointed at it
        var result = await CliRunner.RunAsync("ingest", StoreSandbox.Fixture("wire-stories.jsonl"), "--db", sandbox.Database);

        // Then it fails with one line naming the file
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("chronicle.db", line, StringComparison.Ordinal);
        Assert.Contains("not a Chronicle SQLite database", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_one_clear_line()
    {
        // When ingest is pointed at a port nothing listens on
        var result = await CliRunner.RunAsync("ingest", StoreSandbox.Fixture("wire-stories.jsonl"), "--db", "postgres://chronicle@127.0.0.1:9/chronicle");

        // Then it fails with one line naming the server
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("PostgreSQL 127.0.0.1:9/chronicle", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_output_can_be_ingested()
    {
        // Given the JSON chronicle extract prints for a text
        using var sandbox = new StoreSandbox();
        var extracted = await CliRunner.RunWithInputAsync("Officials met in Geneva on Tuesday. The talks ended without a deal.", "extract", "-");
        Assert.Equal(0, extracted.ExitCode);
        var path = sandbox.File("article.json");
        await File.WriteAllTextAsync(path, extracted.Output, TestContext.Current.CancellationToken);

        // When it is ingested
        var result = await CliRunner.RunAsync("ingest", path, "--db", sandbox.Database);

        // Then the record is stored as it is, under its id
        Assert.Equal(0, result.ExitCode);
        using var store = ArticleStores.Open(sandbox.Database);
        var id = JsonDocument.Parse(extracted.Output).RootElement.GetProperty("id").GetString();
        Assert.Equal(id, Assert.Single(store.Articles()).Id);
    }
}
