using Chronicle.Learning;

namespace Chronicle.Training.Learning;

/// <summary>
/// Trains a multi-class averaged perceptron over hashed features with lazy averaging
/// (each weight keeps its running total and the step it last changed), then emits an immutable
/// <see cref="LinearModel"/> with the averaged weights. Not thread-safe: one trainer per model.
/// </summary>
public sealed class AveragedPerceptronTrainer
{
    private readonly int _classCount;
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<ulong> _keys = [];
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int _step;

    public AveragedPerceptronTrainer(int classCount, int initialFeatureCapacity = 1 << 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        _classCount = classCount;
        _weights = new float[initialFeatureCapacity * classCount];
        _totals = new double[initialFeatureCapacity * classCount];
        _stamps = new int[initialFeatureCapacity * classCount];
    }

    public int ClassCount => _classCount;

    public int FeatureCount => _keys.Count;

    /// <summary>Current (not averaged) scores, for predicting during training.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var weights = _weights.AsSpan(row, _classCount);
                for (var c = 0; c < _classCount; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }
    }

    /// <summary>Counts one training example: call once per prediction, before <see cref="Update"/>.</summary>
    public void Tick() => _step++;

    /// <summary>Moves weight towards <paramref name="truth"/> and away from <paramref name="guess"/> for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var feature in features)
        {
            var row = RowOf(feature);
            Change(row + truth, amount);
            if (guess >= 0)
            {
                Change(row + guess, -amount);
            }
        }
    }

    /// <summary>The averaged model; features whose averaged weights are all (nearly) zero are dropped.</summary>
    public LinearModel ToModel(float pruneBelow = 1e-3f)
    {
        var keptKeys = new List<ulong>(_keys.Count);
        var keptWeights = new List<float>(_keys.Count * _classCount);
        var row = new float[_classCount];
        for (var f = 0; f < _keys.Count; f++)
        {
            var offset = f * _classCount;
            var keep = false;
            for (var c = 0; c < _classCount; c++)
            {
                var i = offset + c;
                var total = _totals[i] + (double)(_step - _stamps[i]) * _weights[i];
                row[c] = _step == 0 ? _weights[i] : (float)(total / _step);
                keep |= Math.Abs(row[c]) >= pruneBelow;
            }

            if (keep)
            {
                keptKeys.Add(_keys[f]);
                keptWeights.AddRange(row);
            }
        }

        return new LinearModel(_classCount, keptKeys.ToArray(), [.. keptWeights]);
    }

    private void Change(int index, float amount)
    {
        _totals[index] += (double)(_step - _stamps[index]) * _weights[index];
        _stamps[index] = _step;
        _weights[index] += amount;
    }

    private int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = _keys.Count * _classCount;
        if (row + _classCount > _weights.Length)
        {
            var size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }

        _keys.Add(feature);
        _rows.Add(feature, row);
        return row;
    }
}
