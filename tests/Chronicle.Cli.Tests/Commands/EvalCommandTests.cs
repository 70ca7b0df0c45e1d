namespace Chronicle.Cli.Tests.Commands;

public sealed class EvalCommandTests
{
    [Fact]
    public async Task Scoring_given_predictions_prints_score_py_metric_lines_and_verbose_lists()
    {
        // Given a small gold file and predictions for it
        var folder = Directory.CreateTempSubdirectory("chronicle-eval-").FullName;
        try
        {
            var gold = Path.Combine(folder, "gold.jsonl");
            var predicted = Path.Combine(folder, "pred.jsonl");
            await File.WriteAllTextAsync(gold, """
                {"id": "a", "text": "Putin met Xi in Moscow.", "entities": [{"name": "Vladimir Putin", "type": "PERSON", "aliases": ["Putin"]}, {"name": "Moscow", "type": "GPE"}]}

                """);
            await File.WriteAllTextAsync(predicted, """
                {"id": "a", "entities": [{"name": "Putin", "type": "PERSON"}, {"name": "Xi", "type": "PERSON"}]}

                """);

            // When eval scores them verbosely
            var result = await CliRunner.RunAsync("eval", gold, "--pred", predicted, "--verbose");

            // Then the metric lines and lists are score.py's
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("articles: 1\narticles_missing: 0\nentity_prf: (0.5, 0.5, 0.5)\n", result.Output);
            Assert.Contains("-- ent_missed (1)\n    a: Moscow (GPE)\n", result.Output);
            Assert.Contains("-- ent_spurious (1)\n    a: Xi (PERSON)\n", result.Output);
            Assert.Contains("entity_prf", result.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Running_the_pipeline_on_gold_writes_its_predictions()
    {
        // Given a gold article
        var folder = Directory.CreateTempSubdirectory("chronicle-eval-").FullName;
        try
        {
            var gold = Path.Combine(folder, "gold.json");
            var predicted = Path.Combine(folder, "pred.jsonl");
            await File.WriteAllTextAsync(gold, """
                {"id": "g1", "published": "2023-03-21", "title": "Talks", "text": "Vladimir Putin met Xi Jinping in Moscow on Monday. They talked.", "dates": [{"text": "Monday", "value": "2023-03-20"}]}
                """);

            // When eval runs the pipeline on it with --out and --json
            var result = await CliRunner.RunAsync("eval", gold, "--out", predicted, "--json");

            // Then the prediction carries the gold id and date, and the figures come as score.py's JSON
            Assert.Equal(0, result.ExitCode);
            var line = Assert.Single(await File.ReadAllLinesAsync(predicted));
            Assert.Contains("\"id\":\"g1\"", line);
            Assert.Contains("\"published\":\"2023-03-21\"", line);
            Assert.StartsWith("{\"articles\": 1, \"articles_missing\": 0, ", result.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_gold_file_is_a_clear_error_naming_it()
    {
        // Given a path that does not exist
        // When eval is asked to score it
        var result = await CliRunner.RunAsync("eval", "/nonexistent/gold.jsonl");

        // Then it fails with a message naming the path
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/nonexistent/gold.jsonl", result.Error);
    }

    [Fact]
    public async Task Segmentation_eval_reports_token_and_sentence_F1_for_EWT_test_and_GUM_news()
    {
        // Given the UD treebanks of ../shared
        var ud = CliRunner.SharedPath("corpora", "ud");
        if (ud is null)
        {
            Assert.Skip("../shared is not beside the repository; the UD treebanks are there.");
        }

        // When the segmenter is scored on them
        var result = await CliRunner.RunAsync("eval", "segmentation", "--data", ud!);

        // Then both report sets have a line with their figures
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("EWT test: documents 316, token_f1 0.9", result.Output);
        Assert.Contains("GUM news: documents 16, token_f1 0.9", result.Output);
        Assert.Contains("sentence_f1", result.Output);
    }

    [Fact]
    public async Task Segmentation_eval_of_a_missing_folder_is_a_clear_error()
    {
        // Given a folder that does not exist
        // When the segmenter is scored on it
        var result = await CliRunner.RunAsync("eval", "segmentation", "--data", "/nonexistent/ud");

        // Then it fails naming the folder
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/nonexistent/ud", result.Error);
    }
}
