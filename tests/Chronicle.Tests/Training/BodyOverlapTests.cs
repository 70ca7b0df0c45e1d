using Chronicle.Training.Extraction;

namespace Chronicle.Tests.Training;

public sealed class BodyOverlapTests
{
    [Fact]
    public void Identical_bodies_score_one_whatever_the_spacing_and_punctuation()
    {
        var score = BodyOverlap.Score("One two three four five.", "One, two three\n\nfour five");

        Assert.Equal((1.0, 1.0), (score.Precision, score.Recall));
    }

    [Fact]
    public void Extra_text_costs_precision_and_missing_text_costs_recall()
    {
        // Given an expected body of 5 words (2 shingles) and an extraction with 2 extra words (4 shingles, 2 right)
        var extra = BodyOverlap.Score("a b c d e", "a b c d e f g");

        // And an extraction missing the last word (1 shingle, right)
        var missing = BodyOverlap.Score("a b c d e", "a b c d");

        Assert.Equal((2, 2, 0), (extra.TruePositives, extra.FalsePositives, extra.FalseNegatives));
        Assert.Equal(0.5, extra.Precision);
        Assert.Equal((1.0, 0.5), (missing.Precision, missing.Recall));
    }

    [Fact]
    public void Pages_are_averaged_before_f1_is_taken()
    {
        // Given a perfect page and a page where nothing was extracted
        var pages = new[] { BodyOverlap.Score("a b c d", "a b c d"), BodyOverlap.Score("a b c d", "") };

        // When averaged
        var (precision, recall, f1) = BodyOverlap.Average(pages);

        // Then precision and recall are per-page means and F1 their harmonic mean
        Assert.Equal(0.5, precision);
        Assert.Equal(0.5, recall);
        Assert.Equal(0.5, f1, 6);
    }
}
