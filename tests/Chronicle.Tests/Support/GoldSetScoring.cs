using System.Text.Json.Nodes;
using Chronicle.Output;
using Chronicle.Pipeline;
using Chronicle.Training.Evaluation;

namespace Chronicle.Tests.Support;

/// <summary>Runs the standard pipeline with the committed models over a gold set of ../shared/gold and scores it as score.py does.</summary>
internal static class GoldSetScoring
{
    /// <param name="devSet">A file name under ../shared/gold (the test is skipped without ../shared).</param>
    public static ArticleScoreReport Score(string devSet)
    {
        var gold = ArticleRecordReader.Load(SharedData.SharedPath("gold", devSet));
        var analyzer = StandardPipeline.CreateAnalyzer(SharedData.RepositoryPath("models"));
        var predicted = gold
            .Select(record => JsonNode.Parse(ArticleJson.ToJsonLine(analyzer.Analyze(GoldArticle.From(record, devSet).ToInput(devSet))))!.AsObject())
            .ToList();
        return new ArticleScorer().Score(gold, predicted);
    }
}
