using Chronicle.Learning;

namespace Chronicle.Training.Learning;

/// <summary>
/// An averaged perceptron like <see cref="AveragedPerceptronTrainer"/>, but storing only the (feature, class)
/// weights that were ever updated, as a short list per feature. Taggers and parsers with many classes and
/// millions of features touch only a few classes per feature, so this needs a fraction of the dense memory.
/// Not thread-safe: one trainer per model.
/// </summary>
public sealed class SparsePerceptronTrainer
{
    private readonly Dictionary<ulong, int> _heads = [];
    private readonly List<ulong> _keys = [];
    private int[] _class = new int[1 << 16];
    private int[] _next = new int[1 << 16];
    private float[] _weight = new float[1 << 16];
    private double[] _total = new double[1 << 16];
    private int[] _stamp = new int[1 << 16];
    private int _entries;
    private int _step;

    public SparsePerceptronTrainer(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ClassCount = classCount;
    }

    public int ClassCount { get; }

    public int FeatureCount => _keys.Count;

    /// <summary>Current (not averaged) scores, for predicting during training.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (var feature in features)
        {
            if (_heads.TryGetValue(feature, out var entry))
            {
                for (; entry >= 0; entry = _next[entry])
                {
                    scores[_class[entry]] += _weight[entry];
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
            Change(feature, truth, amount);
            if (guess >= 0)
            {
                Change(feature, guess, -amount);
            }
        }
    }

    /// <summary>
    /// The averaged model. Averaged weights below <paramref name="pruneBelow"/> in magnitude are zeroed and features
    /// left with no weight are dropped, which shrinks the model file with no measurable loss.
    /// </summary>
    public LinearModel ToModel(float pruneBelow = 1e-3f)
    {
        var keptKeys = new List<ulong>(_keys.Count);
        var keptWeights = new List<float>(_keys.Count * 4);
        var row = new float[ClassCount];
        foreach (var key in _keys)
        {
            Array.Clear(row);
            var keep = false;
            for (var entry = _heads[key]; entry >= 0; entry = _next[entry])
            {
                var total = _total[entry] + (double)(_step - _stamp[entry]) * _weight[entry];
                var value = _step == 0 ? _weight[entry] : (float)(total / _step);
                if (Math.Abs(value) >= pruneBelow)
                {
                    row[_class[entry]] = value;
                    keep = true;
                }
            }

            if (keep)
            {
                keptKeys.Add(key);
                keptWeights.AddRange(row);
            }
        }

        return new LinearModel(ClassCount, keptKeys.ToArray(), [.. keptWeights]);
    }

    private void Change(ulong feature, int @class, float amount)
    {
        if (!_heads.TryGetValue(feature, out var head))
        {
            head = -1;
            _keys.Add(feature);
        }

        var entry = head;
        while (entry >= 0 && _class[entry] != @class)
        {
            entry = _next[entry];
        }

        if (entry < 0)
        {
            entry = NewEntry(@class, head);
            _heads[feature] = entry;
        }

        _total[entry] += (double)(_step - _stamp[entry]) * _weight[entry];
        _stamp[entry] = _step;
        _weight[entry] += amount;
    }

    private int NewEntry(int @class, int next)
    {
        if (_entries == _class.Length)
        {
            var size = _entries * 2;
            Array.Resize(ref _class, size);
            Array.Resize(ref _next, size);
            Array.Resize(ref _weight, size);
            Array.Resize(ref _total, size);
            Array.Resize(ref _stamp, size);
        }

        var entry = _entries++;
        _class[entry] = @class;
        _next[entry] = next;
        _weight[entry] = 0;
        _total[entry] = 0;
        _stamp[entry] = _step;
        return entry;
    }
}
