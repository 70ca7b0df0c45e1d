using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tests.Support;
using Chronicle.Training.Corpora;
using Chronicle.Training.Learning;
using Chronicle.Training.Parsing;

namespace Chronicle.Tests.Parsing;

public sealed class ParserSeedAveragingTests
{
    // Exploration on, so the seed also decides which wrong moves the dynamic oracle follows; thresholds that prune.
    private static readonly ParserTrainingOptions s_tiny = new() { Epochs = 4, Seed = 1, Exploration = 0.5, PruneTransitionsBelow = 0.5f, PruneLabelsBelow = 0.25f };

    [Fact]
    public void Averaging_the_runs_of_one_seed_is_plain_training_with_that_seed_byte_for_byte()
    {
        // Given the handful of fixture sentences with their gold tags
        var sentences = TreebankFixtures.Handful();

        // When a parser is trained with the seed list [3] and another with seed 3
        var listed = ParserTrainer.Train(sentences, Tags(sentences), s_tiny with { Seeds = [3] });
        var plain = ParserTrainer.Train(sentences, Tags(sentences), s_tiny with { Seed = 3 });

        // Then both save to the same bytes
        Assert.Equal(Bytes(plain), Bytes(listed));
    }

    [Fact]
    public void A_parser_averaged_over_two_seeds_holds_the_pruned_mean_of_the_two_unpruned_runs()
    {
        // Given unpruned single-seed parsers trained with seeds 1 and 2 on the fixture sentences
        var sentences = TreebankFixtures.Handful();
        var unpruned = s_tiny with { PruneTransitionsBelow = 0f, PruneLabelsBelow = 0f };
        var one = ParserTrainer.Train(sentences, Tags(sentences), unpruned with { Seed = 1 });
        var two = ParserTrainer.Train(sentences, Tags(sentences), unpruned with { Seed = 2 });

        // When a parser is trained over the seed list [1, 2] with the pruning thresholds
        var averaged = ParserTrainer.Train(sentences, Tags(sentences), s_tiny with { Seeds = [1, 2] });

        // Then the runs differ (the seeds matter), and both its models are the means of the runs' weights, pruned
        // once at the thresholds
        Assert.NotEqual(Rows(one.Transitions), Rows(two.Transitions));
        Assert.Equal(Rows(ModelAveraging.Average([one.Transitions, two.Transitions], s_tiny.PruneTransitionsBelow)), Rows(averaged.Transitions));
        Assert.Equal(Rows(ModelAveraging.Average([one.LabelModel, two.LabelModel], s_tiny.PruneLabelsBelow)), Rows(averaged.LabelModel));
    }

    [Fact]
    public void Pruning_the_runs_before_averaging_gives_the_mean_of_the_pruned_single_seed_models()
    {
        // Given pruned single-seed parsers trained with seeds 1 and 2
        var sentences = TreebankFixtures.Handful();
        var one = ParserTrainer.Train(sentences, Tags(sentences), s_tiny with { Seed = 1 });
        var two = ParserTrainer.Train(sentences, Tags(sentences), s_tiny with { Seed = 2 });

        // When a two-seed run also reports the mean of its runs pruned first
        ParserModel? prunedFirst = null;
        ParserTrainer.Train(sentences, Tags(sentences), s_tiny with { Seeds = [1, 2] }, afterEpochPrunedFirst: (_, model) => prunedFirst = model);

        // Then that comparison model is the mean of the pruned single-seed models, pruned again
        Assert.NotNull(prunedFirst);
        Assert.Equal(Rows(ModelAveraging.Average([one.Transitions, two.Transitions], s_tiny.PruneTransitionsBelow)), Rows(prunedFirst.Transitions));
        Assert.Equal(Rows(ModelAveraging.Average([one.LabelModel, two.LabelModel], s_tiny.PruneLabelsBelow)), Rows(prunedFirst.LabelModel));
    }

    [Fact]
    public void A_seed_averaged_parser_is_deterministic_and_parses_the_training_sentences()
    {
        // Given the fixture sentences and the seed list [1, 2, 3]
        var sentences = TreebankFixtures.Handful();
        var options = s_tiny with { Epochs = 15, Seeds = [1, 2, 3], PruneTransitionsBelow = 0.01f, PruneLabelsBelow = 0.01f };

        // When the averaged parser is trained twice
        var first = ParserTrainer.Train(sentences, Tags(sentences), options);
        var second = ParserTrainer.Train(sentences, Tags(sentences), options);

        // Then both runs save to the same bytes, and the model reproduces the training trees
        Assert.Equal(Bytes(first), Bytes(second));
        var scores = ParserEvaluation.Evaluate(first, sentences, tagger: null);
        Assert.Equal(1.0, scores.Uas);
        Assert.Equal(1.0, scores.Las);
    }

    [Fact]
    public void The_averaged_model_after_epoch_k_of_a_longer_run_is_the_model_of_a_k_epoch_run()
    {
        // Given the fixture sentences and the seed list [1, 2]
        var sentences = TreebankFixtures.Handful();
        var options = s_tiny with { Seeds = [1, 2] };

        // When a 4-epoch run reports its model after each epoch, and a 3-epoch run is trained separately
        ParserModel? afterThree = null;
        ParserTrainer.Train(sentences, Tags(sentences), options, (epoch, model) => afterThree = epoch == 3 ? model : afterThree);
        var threeEpochs = ParserTrainer.Train(sentences, Tags(sentences), options with { Epochs = 3 });

        // Then the snapshot after epoch 3 is the 3-epoch model (so --snapshots can choose the epoch)
        Assert.NotNull(afterThree);
        Assert.Equal(Bytes(threeEpochs), Bytes(afterThree));
    }

    private static List<string[]> Tags(IReadOnlyList<GoldSentence> sentences) => [.. sentences.Select(s => s.Xpos)];

    private static byte[] Bytes(ParserModel model)
    {
        using var stream = new MemoryStream();
        model.ToArchive().Save(stream);
        return stream.ToArray();
    }

    private static Dictionary<ulong, float[]> Rows(LinearModel model) =>
        model.Rows().ToDictionary(r => r.Feature, r => r.Weights.ToArray());
}
