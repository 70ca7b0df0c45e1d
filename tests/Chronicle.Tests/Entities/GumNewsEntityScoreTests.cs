using System.Text.Json.Nodes;
using Chronicle.Output;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;
using Chronicle.Training.Evaluation;

namespace Chronicle.Tests.Entities;

/// <summary>Pins the entity score of the standard pipeline on the GUM news development set (measuring only).</summary>
public sealed class GumNewsEntityScoreTests
{
    // The figures reached on gum-news-dev (P 0.753, R 0.711, F1 0.731), less a point; raise them when entities improve.
    private const double MinimumF1 = 0.72;
    private const double MinimumPrecision = 0.74;

    [Fact]
    public void The_gum_news_entity_score_does_not_regress()
    {
        // Given the gold records of gum-news-dev (skipped without ../shared)
        const string devSet = "gum-news-dev.jsonl";
        var gold = ArticleRecordReader.Load(SharedData.SharedPath("gold", devSet));
        var analyzer = StandardPipeline.CreateAnalyzer(SharedData.RepositoryPath("models"));

        // When the standard pipeline reads them and the scorer compares entities
        var predicted = gold.Select(record => JsonNode.Parse(ArticleJson.ToJsonLine(analyzer.Analyze(GoldArticle.From(record, devSet).ToInput(devSet))))!.AsObject()).ToList();
        var report = new ArticleScorer().Score(gold, predicted);

        // Then entity F1 and precision stay where they were
        var entity = Assert.NotNull(report.Entity);
        Assert.True(entity.F1 >= MinimumF1, report.ToText(verbose: true));
        Assert.True(entity.Precision >= MinimumPrecision, report.ToText(verbose: true));
    }
}
