namespace Chronicle.Cli.Tests.Commands;

public sealed class EvalNerCommandTests
{
    [Fact]
    public async Task Ner_eval_of_a_missing_folder_is_a_clear_error()
    {
        // Given a data folder that does not exist
        // When the entity stage is scored on it
        var result = await CliRunner.RunAsync("eval", "ner", "--data", "/nonexistent/ud");

        // Then it fails naming the folder it looked for
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/ud", result.Error);
    }

    [Fact]
    public async Task Ner_eval_of_the_dev_split_reports_recogniser_and_stage_per_class()
    {
        // Given the GUM corpus in ../shared
        var ud = CliRunner.SharedPath("corpora", "ud");
        if (ud is null)
        {
            Assert.Skip("../shared is not beside the repository; the GUM corpus is there.");
        }

        // When the dev part is scored
        var result = await CliRunner.RunAsync("eval", "ner", "--data", ud!, "--split", "dev");

        // Then the dev part has a line per class with both systems, and the place classes are explained
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(c) dev: 29 documents", result.Output);
        Assert.Contains("GPE, LOC and FAC together", result.Output);
        foreach (var label in new[] { "PERSON", "ORG", "PLACE", "GPE:", "LOC:", "NORP", "EVENT", "micro" })
        {
            Assert.Contains("  " + label, result.Output);
        }

        Assert.Contains("gold read as whole names", result.Output);
        Assert.DoesNotContain("(a) test", result.Output);
    }
}
