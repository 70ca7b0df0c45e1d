using System.Text.Json;
using Chronicle.Cli.Tests.Support;
using Chronicle.Output;
using Chronicle.Store.Export;
using Parquet.Serialization;

namespace Chronicle.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Gdelt_export_writes_one_61_column_row_per_story()
    {
        // Given the stored wire stories
        using var sandbox = await Loaded();
        var file = sandbox.File("events.tsv");

        // When they are exported as GDELT
        var result = await CliRunner.RunAsync("export", "gdelt", "-o", file, "--db", sandbox.Database);

        // Then the file has six rows of 61 tab-separated fields
        Assert.Equal(0, result.ExitCode);
        var rows = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)).Select(l => l.Split('\t')).ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        Assert.Contains("Wrote 6 records", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plover_export_to_standard_output_is_json_lines()
    {
        using var sandbox = await Loaded();

        // When stories of one type are exported as PLOVER to standard output
        var result = await CliRunner.RunAsync("export", "plover", "-o", "-", "--db", sandbox.Database, "--type", "ASSAULT");

        // Then one record comes out with the PLOVER fields
        Assert.Equal(0, result.ExitCode);
        var record = JsonDocument.Parse(Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal("ASSAULT", record.GetProperty("event")[0].GetString());
        Assert.Equal(2, record.GetProperty("num_articles").GetInt32());
    }

    [Fact]
    public async Task Jsonl_export_can_be_ingested_again_into_an_equal_store()
    {
        // Given a store exported as JSONL
        using var sandbox = await Loaded();
        var file = sandbox.File("articles.jsonl");
        Assert.Equal(0, (await CliRunner.RunAsync("export", "jsonl", "-o", file, "--db", sandbox.Database)).ExitCode);

        // When the export is ingested into a second store
        var copy = sandbox.File("copy.db");
        var result = await CliRunner.RunAsync("ingest", file, "--db", copy);

        // Then both stores export the same records
        Assert.Equal(0, result.ExitCode);
        var again = sandbox.File("again.jsonl");
        Assert.Equal(0, (await CliRunner.RunAsync("export", "jsonl", "-o", again, "--db", copy)).ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), await File.ReadAllTextAsync(again, TestContext.Current.CancellationToken));
        Assert.Equal(11, File.ReadLines(file).Select(ArticleJson.Parse).Count());
    }

    [Fact]
    public async Task Parquet_export_reads_back_with_every_event()
    {
        using var sandbox = await Loaded();
        var file = sandbox.File("events.parquet");

        var result = await CliRunner.RunAsync("export", "parquet", "-o", file, "--db", sandbox.Database);

        Assert.Equal(0, result.ExitCode);
        await using var stream = File.OpenRead(file);
        var rows = (await ParquetSerializer.DeserializeAsync<EventRow>(stream, cancellationToken: TestContext.Current.CancellationToken)).Data;
        Assert.Equal(12, rows.Count);
        Assert.Contains(rows, r => r.Cameo == "190" && r.Goldstein == -10);
    }

    [Fact]
    public async Task Parquet_to_standard_output_is_refused()
    {
        using var sandbox = await Loaded();

        var result = await CliRunner.RunAsync("export", "parquet", "-o", "-", "--db", sandbox.Database);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Parquet is binary", result.Error, StringComparison.Ordinal);
    }

    private static async Task<StoreSandbox> Loaded()
    {
        var sandbox = new StoreSandbox();
        var ingest = await CliRunner.RunAsync("ingest", StoreSandbox.Fixture("wire-stories.jsonl"), "--db", sandbox.Database);
        Assert.Equal(0, ingest.ExitCode);
        return sandbox;
    }
}
