using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Tests.Support;
using Chronicle.Training.Parsing;
using Chronicle.Training.Tagging;

namespace Chronicle.Tests.Tagging;

public sealed class WordClassesTests
{
    private static readonly WordClasses s_classes = new(
        coarse: ["the a Minister", "Moscow Paris"],
        fine: ["the a", "Minister", "Moscow Paris"]);

    [Fact]
    public void Words_of_one_class_share_its_value_and_other_classes_differ()
    {
        // Given classes learnt for a handful of words
        // When words of the same and of different classes are looked up
        var moscow = s_classes.Of(WordFeatures.Of("Moscow"));
        var paris = s_classes.Of(WordFeatures.Of("Paris"));
        var minister = s_classes.Of(WordFeatures.Of("Minister"));
        var the = s_classes.Of(WordFeatures.Of("the"));

        // Then same-class words agree at both granularities, and "Minister" shares only the coarse class of "the"
        Assert.Equal(WordClasses.FineOf(moscow), WordClasses.FineOf(paris));
        Assert.Equal(WordClasses.CoarseOf(moscow), WordClasses.CoarseOf(paris));
        Assert.NotEqual(WordClasses.FineOf(moscow), WordClasses.FineOf(minister));
        Assert.Equal(WordClasses.CoarseOf(minister), WordClasses.CoarseOf(the));
        Assert.NotEqual(WordClasses.FineOf(minister), WordClasses.FineOf(the));
        Assert.NotEqual(WordClasses.FineOf(the), WordClasses.CoarseOf(the));
    }

    [Fact]
    public void A_form_seen_only_in_another_case_falls_back_to_its_lower_case_class_and_unseen_words_are_unknown()
    {
        // Given classes that list "the" but not "THE" or "Berlin"
        // When those are looked up
        var upper = s_classes.Of(WordFeatures.Of("THE"));
        var unseen = s_classes.Of(WordFeatures.Of("Berlin"));

        // Then "THE" reads as "the" and "Berlin" has no class
        Assert.Equal(s_classes.Of(WordFeatures.Of("the")), upper);
        Assert.Equal(WordClasses.Unknown, unseen);
        Assert.Equal(WordClasses.Unknown, WordClasses.Empty.Of(WordFeatures.Of("the")));
    }

    [Fact]
    public void Tagger_and_parser_models_keep_their_word_classes_through_saving_and_loading()
    {
        // Given a tagger and a parser trained with word classes and saved
        var sentences = TreebankFixtures.Handful();
        var tagger = TaggerTrainer.Train(sentences, new TaggerTrainingOptions { Epochs = 3 }, classes: s_classes);
        var parser = ParserTrainer.Train(sentences, [.. sentences.Select(s => s.Xpos)], new ParserTrainingOptions { Epochs = 3 }, classes: s_classes);
        var taggerPath = Path.Combine(Path.GetTempPath(), $"chronicle-tagger-{Guid.NewGuid():N}.bin");
        var parserPath = Path.Combine(Path.GetTempPath(), $"chronicle-parser-{Guid.NewGuid():N}.bin");
        try
        {
            tagger.ToArchive().Save(taggerPath);
            parser.ToArchive().Save(parserPath);

            // When they are loaded again
            var taggerClasses = TaggerModel.Load(taggerPath).Classes;
            var parserClasses = ParserModel.Load(parserPath).Classes;

            // Then both look words up in the same classes
            foreach (var classes in new[] { taggerClasses, parserClasses })
            {
                Assert.Equal(s_classes.WordCount, classes.WordCount);
                Assert.Equal(s_classes.Of(WordFeatures.Of("Moscow")), classes.Of(WordFeatures.Of("Moscow")));
            }
        }
        finally
        {
            File.Delete(taggerPath);
            File.Delete(parserPath);
        }
    }
}
