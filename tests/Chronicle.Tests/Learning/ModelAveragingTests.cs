using Chronicle.Learning;
using Chronicle.Training.Learning;

namespace Chronicle.Tests.Learning;

public sealed class ModelAveragingTests
{
    [Fact]
    public void Averaging_one_model_gives_the_same_weights()
    {
        // Given one model with two features over three classes
        var model = new LinearModel(3, [11UL, 42UL], [1f, -0.5f, 0f, 0f, 2f, 0.25f]);

        // When it is averaged alone
        var averaged = ModelAveraging.Average([model], pruneBelow: 0.01f);

        // Then every row is unchanged
        Assert.Equal(Rows(model), Rows(averaged));
    }

    [Fact]
    public void Averaged_weights_are_the_means_with_a_missing_feature_counting_as_zero()
    {
        // Given two models that share one feature and each have one of their own
        var first = new LinearModel(2, [1UL, 2UL], [2f, 0f, 1f, 1f]);
        var second = new LinearModel(2, [1UL, 3UL], [0f, 4f, -3f, 0.01f]);

        // When they are averaged, pruning means below 0.01
        var averaged = Rows(ModelAveraging.Average([first, second], pruneBelow: 0.01f));

        // Then shared features take the mean, others half their weight, and the 0.005 mean is pruned
        Assert.Equal([1f, 2f], averaged[1UL]);
        Assert.Equal([0.5f, 0.5f], averaged[2UL]);
        Assert.Equal([-1.5f, 0f], averaged[3UL]);
    }

    [Fact]
    public void Models_with_different_classes_cannot_be_averaged()
    {
        // Given a two-class and a three-class model
        var two = new LinearModel(2, [1UL], [1f, 0f]);
        var three = new LinearModel(3, [1UL], [1f, 0f, 0f]);

        // When they are averaged, then the mismatch is refused
        Assert.Throws<ArgumentException>(() => ModelAveraging.Average([two, three], 0.01f));
    }

    private static Dictionary<ulong, float[]> Rows(LinearModel model) =>
        model.Rows().ToDictionary(r => r.Feature, r => r.Weights.ToArray());
}
