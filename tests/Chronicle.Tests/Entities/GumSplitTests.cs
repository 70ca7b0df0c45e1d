using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

public sealed class GumSplitTests
{
    [Fact]
    public void News_is_test_gentle_is_train_and_every_eighth_other_document_is_test_or_dev()
    {
        // Given document names in the GUM style
        var others = Enumerable.Range(0, 16).Select(i => $"GUM_bio_{i:00}").ToList();
        var ids = others.Concat(["GUM_news_clock", "GENTLE_poetry_x"]).ToList();

        // When each is placed
        // Then news is test, GENTLE is train, and the others follow the every-8th rule
        Assert.Equal(NerSplitPart.Test, GumSplit.PartOf("GUM_news_clock", ids));
        Assert.Equal(NerSplitPart.Train, GumSplit.PartOf("GENTLE_poetry_x", ids));
        Assert.Equal(NerSplitPart.Test, GumSplit.PartOf("GUM_bio_00", ids));
        Assert.Equal(NerSplitPart.Dev, GumSplit.PartOf("GUM_bio_04", ids));
        Assert.Equal(NerSplitPart.Test, GumSplit.PartOf("GUM_bio_08", ids));
        Assert.Equal(NerSplitPart.Dev, GumSplit.PartOf("GUM_bio_12", ids));
        Assert.Equal(NerSplitPart.Train, GumSplit.PartOf("GUM_bio_05", ids));
    }

    [Theory]
    [InlineData("The Ada Rennick Foundation's", "ada rennick foundation")]
    [InlineData("U.S.", "u s")]
    public void Gold_names_are_normalised_as_the_scorer_does(string name, string expected)
    {
        Assert.Equal(expected, NewsGoldMentionEvaluator.Normalise(name));
    }
}
