using Chronicle.Learning;

namespace Chronicle.Training.Learning;

/// <summary>
/// Averages linear models trained on the same data with different training orders (parameter averaging across
/// runs): each weight is the mean of the runs' weights, a feature missing from a run counting as zero. The
/// perceptron's averaged weights already smooth one run's trajectory; averaging several runs also smooths the
/// dependence on the order the sentences came in.
/// </summary>
public static class ModelAveraging
{
    /// <param name="pruneBelow">Mean weights smaller than this in magnitude are dropped, as a single run's are.</param>
    public static LinearModel Average(IReadOnlyList<LinearModel> models, float pruneBelow)
    {
        ArgumentOutOfRangeException.ThrowIfZero(models.Count);
        var classCount = models[0].ClassCount;
        if (models.Any(m => m.ClassCount != classCount))
        {
            throw new ArgumentException("Only models with the same classes can be averaged.", nameof(models));
        }

        // Sums in double, in the models' order, over keys in ascending order: the result does not depend on the
        // models' slot layouts.
        var sums = new Dictionary<ulong, double[]>();
        foreach (var model in models)
        {
            foreach (var (feature, weights) in model.Rows())
            {
                if (!sums.TryGetValue(feature, out var sum))
                {
                    sums[feature] = sum = new double[classCount];
                }

                for (var c = 0; c < classCount; c++)
                {
                    sum[c] += weights.Span[c];
                }
            }
        }

        var keys = new List<ulong>(sums.Count);
        var kept = new List<float>(sums.Count * classCount);
        var row = new float[classCount];
        foreach (var feature in sums.Keys.Order())
        {
            var sum = sums[feature];
            var keep = false;
            for (var c = 0; c < classCount; c++)
            {
                var mean = (float)(sum[c] / models.Count);
                row[c] = Math.Abs(mean) >= pruneBelow ? mean : 0f;
                keep |= row[c] != 0f;
            }

            if (keep)
            {
                keys.Add(feature);
                kept.AddRange(row);
            }
        }

        return new LinearModel(classCount, keys.ToArray(), [.. kept]);
    }
}
