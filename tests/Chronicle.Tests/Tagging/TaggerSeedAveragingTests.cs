using Chronicle.Learning;
using Chronicle.Tagging;
using Chronicle.Tests.Support;
using Chronicle.Training.Learning;
using Chronicle.Training.Tagging;

namespace Chronicle.Tests.Tagging;

public sealed class TaggerSeedAveragingTests
{
    private static readonly TaggerTrainingOptions s_tiny = new() { Epochs = 3, Seed = 1 };

    [Fact]
    public void Averaging_the_runs_of_one_seed_is_plain_training_with_that_seed()
    {
        // Given the handful of fixture sentences
        var sentences = TreebankFixtures.Handful();

        // When a tagger is trained with the seed list [3] and another with seed 3
        var listed = TaggerTrainer.Train(sentences, s_tiny with { Seeds = [3] });
        var plain = TaggerTrainer.Train(sentences, s_tiny with { Seed = 3 });

        // Then both models have the same weights
        Assert.Equal(Rows(plain.Tags), Rows(listed.Tags));
        Assert.Equal(Rows(plain.Upos), Rows(listed.Upos));
    }

    [Fact]
    public void A_tagger_averaged_over_two_seeds_holds_the_mean_of_the_two_single_seed_models()
    {
        // Given single-seed taggers trained with seeds 1 and 2 on the fixture sentences
        var sentences = TreebankFixtures.Handful();
        var one = TaggerTrainer.Train(sentences, s_tiny with { Seed = 1 });
        var two = TaggerTrainer.Train(sentences, s_tiny with { Seed = 2 });

        // When a tagger is trained over the seed list [1, 2]
        var averaged = TaggerTrainer.Train(sentences, s_tiny with { Seeds = [1, 2] });

        // Then its weights are the means of the two runs' weights, and the two runs differ (the seeds matter)
        Assert.NotEqual(Rows(one.Tags), Rows(two.Tags));
        Assert.Equal(Rows(ModelAveraging.Average([one.Tags, two.Tags], s_tiny.PruneBelow)), Rows(averaged.Tags));
        Assert.Equal(Rows(ModelAveraging.Average([one.Upos, two.Upos], s_tiny.PruneBelow)), Rows(averaged.Upos));
    }

    [Fact]
    public void A_seed_averaged_tagger_is_deterministic_and_tags_the_training_sentences()
    {
        // Given the fixture sentences and the seed list [1, 2, 3]
        var sentences = TreebankFixtures.Handful();
        var options = new TaggerTrainingOptions { Epochs = 10, Seeds = [1, 2, 3] };

        // When the averaged tagger is trained twice
        var first = TaggerTrainer.Train(sentences, options);
        var second = TaggerTrainer.Train(sentences, options);

        // Then both runs give the same weights, and the model reproduces the training sentences' Penn tags
        Assert.Equal(Rows(first.Tags), Rows(second.Tags));
        var tagger = new PosTagger(first);
        foreach (var sentence in sentences)
        {
            var document = sentence.ToDocument();
            tagger.Process(document);
            Assert.Equal(sentence.Xpos, Enumerable.Range(0, sentence.Length).Select(i => document.Token(i).Tag));
        }
    }

    [Fact]
    public void The_averaged_model_after_epoch_k_of_a_longer_run_is_the_model_of_a_k_epoch_run()
    {
        // Given the fixture sentences and the seed list [1, 2]
        var sentences = TreebankFixtures.Handful();
        var options = s_tiny with { Seeds = [1, 2] };

        // When a 3-epoch run reports its model after each epoch, and a 2-epoch run is trained separately
        TaggerModel? afterTwo = null;
        TaggerTrainer.Train(sentences, options with { Epochs = 3 }, (epoch, model) => afterTwo = epoch == 2 ? model : afterTwo);
        var twoEpochs = TaggerTrainer.Train(sentences, options with { Epochs = 2 });

        // Then the snapshot after epoch 2 has the 2-epoch model's weights (so --snapshots can choose the epochs)
        Assert.NotNull(afterTwo);
        Assert.Equal(Rows(twoEpochs.Tags), Rows(afterTwo.Tags));
        Assert.Equal(Rows(twoEpochs.Upos), Rows(afterTwo.Upos));
    }

    private static Dictionary<ulong, float[]> Rows(LinearModel model) =>
        model.Rows().ToDictionary(r => r.Feature, r => r.Weights.ToArray());
}
