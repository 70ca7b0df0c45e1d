using System.Text.Json;

namespace Chronicle.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-bench-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Bench_reports_cleaning_and_every_pipeline_stage_as_json()
    {
        // Given a small corpus of five articles
        var corpus = Path.Combine(_folder, "corpus.jsonl");
        File.WriteAllLines(corpus, Enumerable.Range(1, 5).Select(i =>
            $$"""{"id": "{{i}}", "text": "Article {{i}} says the council met on Monday. It voted to build a bridge."}"""));

        // When it is benchmarked with a limit of four, as JSON
        var result = await CliRunner.RunAsync("bench", corpus, "--limit", "4", "--passes", "1", "--format", "json");

        // Then four articles were timed, and cleaning, each stage, the text stages and the total have figures
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("articles").GetInt32());
        Assert.True(root.GetProperty("tokens").GetInt64() > 4 * 10);
        Assert.True(root.GetProperty("peak_working_set_mb").GetDouble() > 0);
        var stages = root.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal("clean", stages[0]);
        Assert.Contains("language", stages);
        Assert.Contains("segmenter", stages);
        Assert.Equal(["clean + segmentation", "total"], stages[^2..]);
        Assert.All(root.GetProperty("stages").EnumerateArray(), s => Assert.True(s.GetProperty("articles_per_s").GetDouble() > 0));
    }

    [Fact]
    public async Task Bench_with_two_threads_reports_the_parallel_NLP_throughput()
    {
        // Given a small corpus of six articles
        var corpus = Path.Combine(_folder, "six.jsonl");
        File.WriteAllLines(corpus, Enumerable.Range(1, 6).Select(i =>
            $$"""{"id": "{{i}}", "text": "Article {{i}} says the council in Paris met on Monday. It voted to build a bridge."}"""));

        // When it is benchmarked on two threads, as JSON
        var result = await CliRunner.RunAsync("bench", corpus, "--passes", "1", "--threads", "2", "--format", "json");

        // Then the tagger, parser and NER were run together on two threads and have a wall-clock rate
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var parallel = json.RootElement.GetProperty("parallel");
        Assert.Equal("tagger + parser + ner", parallel.GetProperty("stages").GetString());
        Assert.Equal(2, parallel.GetProperty("threads").GetInt32());
        Assert.True(parallel.GetProperty("tokens_per_s").GetDouble() > 0);
    }

    [Fact]
    public async Task Bench_rejects_zero_threads()
    {
        var corpus = Path.Combine(_folder, "one.jsonl");
        File.WriteAllText(corpus, """{"text": "The council met on Monday."}""" + "\n");

        var result = await CliRunner.RunAsync("bench", corpus, "--threads", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--threads", result.Error);
    }

    [Fact]
    public async Task Bench_prints_a_table_on_stderr_by_default()
    {
        // Given a one-article corpus
        var corpus = Path.Combine(_folder, "one.jsonl");
        File.WriteAllText(corpus, """{"text": "The council met on Monday. It voted to build a bridge."}""" + "\n");

        // When it is benchmarked
        var result = await CliRunner.RunAsync("bench", corpus, "--passes", "1");

        // Then the table is on stderr and nothing is on stdout
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("articles/s", result.Error);
        Assert.Contains("peak working set", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task A_missing_corpus_is_an_error_naming_it()
    {
        var result = await CliRunner.RunAsync("bench", "/nonexistent/corpus.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/corpus.jsonl", result.Error);
    }
}
