using Chronicle.Learning;
using Chronicle.Tests.Support;
using Chronicle.Training.Corpora;
using Chronicle.Training.Parsing;
using Chronicle.Training.Tagging;

namespace Chronicle.Tests.Parsing;

/// <summary>
/// Evaluates the committed tagger and parser on EWT dev and pins the scores to those recorded in their meta.json,
/// so a code change cannot silently change (or worsen) what the committed models do.
/// </summary>
public sealed class CommittedModelRegressionTests
{
    private const double Tolerance = 0.002;

    // Floors a retrained model must also clear (parser figures with predicted tags).
    private const double MinimumUpos = 0.95;
    private const double MinimumUas = 0.855;
    private const double MinimumLas = 0.826;

    [Fact]
    public void The_committed_models_score_on_EWT_dev_what_their_metadata_records()
    {
        // Given EWT dev and the committed models with their recorded scores
        var dev = new UdCorpus(SharedData.SharedPath("corpora", "ud")).EwtDev();
        var taggerMeta = ModelMetadata.Load(SharedData.RepositoryPath("models", "tagger", "meta.json"));
        var parserMeta = ModelMetadata.Load(SharedData.RepositoryPath("models", "parser", "meta.json"));

        // When the models tag and parse it (the parser reading predicted tags)
        var tagging = TaggerEvaluation.Evaluate(TreebankFixtures.CommittedTagger, dev);
        var parsing = ParserEvaluation.Evaluate(TreebankFixtures.CommittedParser, dev, TreebankFixtures.CommittedTagger);

        // Then the scores match the metadata and clear the floors
        Assert.InRange(tagging.Upos, taggerMeta.Scores["ewt-dev"]["upos"] - Tolerance, taggerMeta.Scores["ewt-dev"]["upos"] + Tolerance);
        Assert.InRange(parsing.Uas, parserMeta.Scores["ewt-dev-predicted-tags"]["uas"] - Tolerance, parserMeta.Scores["ewt-dev-predicted-tags"]["uas"] + Tolerance);
        Assert.InRange(parsing.Las, parserMeta.Scores["ewt-dev-predicted-tags"]["las"] - Tolerance, parserMeta.Scores["ewt-dev-predicted-tags"]["las"] + Tolerance);
        Assert.True(tagging.Upos >= MinimumUpos, $"UPOS {tagging.Upos:P2} is below {MinimumUpos:P0}");
        Assert.True(parsing.Uas >= MinimumUas, $"UAS {parsing.Uas:P2} is below {MinimumUas:P0}");
        Assert.True(parsing.Las >= MinimumLas, $"LAS {parsing.Las:P2} is below {MinimumLas:P0}");
    }
}
