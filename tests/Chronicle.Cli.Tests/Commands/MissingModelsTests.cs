using Chronicle.Cli.Tests.Support;
using Chronicle.Store;

namespace Chronicle.Cli.Tests.Commands;

/// <summary>
/// Every command that analyses text loads the models first; a models folder without them (a wrong
/// <c>CHRONICLE_MODELS</c>, a clone without <c>models/</c>) must give one clear line naming the missing file,
/// never a stack trace.
/// </summary>
public sealed class MissingModelsTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"chronicle-missing-models-{Guid.NewGuid():N}")).FullName;

    private string EmptyModels => Directory.CreateDirectory(Path.Combine(_folder, "models")).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Eval_without_models_names_the_missing_model_file()
    {
        // Given a gold record and a models folder without models
        var gold = Path.Combine(_folder, "gold.jsonl");
        File.WriteAllText(gold, """{"id": "g1", "published": "2023-03-21", "text": "Maria Lopez of Acme Corp spoke on Monday."}""" + "\n");

        // When eval runs the pipeline on it
        var result = await CliRunner.RunWithModelsAsync(EmptyModels, "eval", gold);

        // Then it fails with one line naming the tagger's model file
        AssertClearModelError(result);
    }

    [Fact]
    public async Task Bench_without_models_names_the_missing_model_file()
    {
        // Given a small corpus and a models folder without models
        var corpus = Path.Combine(_folder, "corpus.jsonl");
        File.WriteAllText(corpus, """{"id": "1", "text": "The council of Velmora met on Monday. It voted to build a bridge."}""" + "\n");

        // When it is benchmarked
        var result = await CliRunner.RunWithModelsAsync(EmptyModels, "bench", corpus, "--passes", "1");

        // Then it fails with one line naming the tagger's model file
        AssertClearModelError(result);
    }

    [Fact]
    public async Task Ingest_without_models_stores_the_records_before_the_first_raw_article_and_names_the_missing_file()
    {
        // Given an article record (needs no models) followed by a raw article (needs them), and no models
        using var sandbox = new StoreSandbox();
        var input = Path.Combine(_folder, "batch.jsonl");
        var record = File.ReadLines(StoreSandbox.Fixture("wire-stories.jsonl")).First();
        File.WriteAllLines(input, [record, """{"id": "raw-1", "title": "Talks", "published": "2023-03-20", "text": "The two leaders met in Ostrava. They talked for hours."}"""]);

        // When the batch is ingested
        var result = await CliRunner.RunWithModelsAsync(EmptyModels, "ingest", input, "--db", sandbox.Database);

        // Then the record is stored, and the run stops at the raw article with a line naming the missing model
        AssertClearModelError(result);
        Assert.Contains("1 new", result.Error, StringComparison.Ordinal);
        using var store = ArticleStores.Open(sandbox.Database);
        Assert.Equal(1, store.Counts().Articles);
    }

    private void AssertClearModelError(CliResult result)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_folder, "models", "tagger", "model.bin"), result.Error.Replace("\n", ""), StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
