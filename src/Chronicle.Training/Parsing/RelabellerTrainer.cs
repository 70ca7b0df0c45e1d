using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Parsing;

/// <summary>
/// Trains the <see cref="DependencyRelabeller"/>: averaged perceptrons over <see cref="RelabelFeatures"/>, one run per
/// seed in lockstep (<see cref="RelabellerTrainingPass"/>), the model after each epoch being the mean of the runs'
/// averaged weights, as the parser's. Deterministic for given seeds.
/// </summary>
public static class RelabellerTrainer
{
    /// <param name="afterEpoch">Given the model after each epoch (for dev scores).</param>
    public static DependencyRelabeller Train(IReadOnlyList<RelabelExample> examples, RelabellerTrainingOptions options, Action<int, DependencyRelabeller>? afterEpoch = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        var labels = Enum.GetValues<DependencyLabel>().Where(l => l != DependencyLabel.None).ToArray();
        var longest = examples.Count == 0 ? 0 : examples.Max(e => e.Length);
        var seeds = options.Seeds is { Count: > 0 } listed ? listed : [options.Seed];
        var passes = seeds.Select(seed => new RelabellerTrainingPass(seed, examples.Count, longest, labels)).ToArray();
        DependencyRelabeller? model = null;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            // The runs share only the read-only examples and each depends on its own order alone.
            Parallel.For(0, passes.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => passes[p].Epoch(examples));
            if (afterEpoch is not null || epoch == options.Epochs)
            {
                var weights = passes.Length == 1
                    ? passes[0].Trainer.ToModel(options.PruneBelow)
                    : ModelAveraging.Average([.. passes.Select(p => p.Trainer.ToModel(0f))], options.PruneBelow);
                model = new DependencyRelabeller(weights, labels, options.MarginBelow);
                afterEpoch?.Invoke(epoch, model);
            }
        }

        return model!;
    }
}
