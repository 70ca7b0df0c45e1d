using System.Text;
using System.Text.Json.Nodes;
using Chronicle.Cleaning;
using Chronicle.Cli.Commands;
using Chronicle.Cli.Tests.Support;
using Chronicle.Pipeline;
using Spectre.Console.Testing;

namespace Chronicle.Cli.Tests.Commands;

public sealed class EvalFailureTests
{
    [Fact]
    public void A_component_failing_on_one_gold_article_skips_it_by_name_and_scores_the_rest()
    {
        // Given three gold records and a pipeline whose component fails on the second
        var records = new[] { "The mayor spoke on Monday.", "The BROKEN council met.", "Rain fell on Tuesday." }
            .Select((text, i) => new JsonObject { ["id"] = $"g{i + 1}", ["published"] = "2023-03-21", ["text"] = text })
            .ToList();
        var analyzer = new ArticleAnalyzer(new PipelineBuilder().Add(new FailingPipe("BROKEN")).Build(), new TextCleaner());
        var error = new TestConsole();
        error.Profile.Width = 200;
        var context = new CliContext(new StringWriter(), error, () => new MemoryStream(Encoding.UTF8.GetBytes("")));

        // When eval predicts them
        var (predictions, failures) = EvalCommand.Predict(context, analyzer, records, "gold.jsonl", null, CancellationToken.None);

        // Then the other two are predicted, and the failure names the record and the error
        Assert.Equal(1, failures);
        Assert.Equal(["g1", "g3"], predictions.Select(p => (string?)p["id"]));
        Assert.Contains("gold.jsonl#2: analysis failed (InvalidOperationException", error.Output);
    }
}
