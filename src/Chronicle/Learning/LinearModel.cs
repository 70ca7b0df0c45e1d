namespace Chronicle.Learning;

/// <summary>
/// An immutable multi-class linear model over hashed features: one row of class weights per known feature,
/// found through an open-addressing table. Safe to share across threads.
/// </summary>
public sealed class LinearModel
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly float[] _weights;
    private readonly int _mask;

    /// <param name="classCount">Number of classes (the width of each row).</param>
    /// <param name="features">Feature keys (non-zero, distinct).</param>
    /// <param name="weights">Row-major weights: <c>weights[i * classCount + c]</c> belongs to <c>features[i]</c>.</param>
    public LinearModel(int classCount, ReadOnlySpan<ulong> features, float[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        if (weights.Length != features.Length * classCount)
        {
            throw new ArgumentException($"Expected {features.Length * classCount} weights, got {weights.Length}.", nameof(weights));
        }

        ClassCount = classCount;
        _weights = weights;
        var capacity = 16;
        while (capacity < features.Length * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < features.Length; i++)
        {
            var key = features[i];
            if (key == 0)
            {
                throw new ArgumentException("Feature key 0 is reserved.", nameof(features));
            }

            var slot = (int)(key & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    throw new ArgumentException($"Feature key {key} appears twice.", nameof(features));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = i * classCount;
        }

        FeatureCount = features.Length;
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (which the caller clears).</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var classCount = ClassCount;
        var weights = _weights.AsSpan();
        foreach (var feature in features)
        {
            var row = FindRow(feature);
            if (row < 0)
            {
                continue;
            }

            var rowWeights = weights.Slice(row, classCount);
            for (var c = 0; c < classCount; c++)
            {
                scores[c] += rowWeights[c];
            }
        }
    }

    /// <summary>The highest-scoring class among those <paramref name="allowed"/> permits (all when null).</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores, Func<int, bool>? allowed = null)
    {
        scores.Clear();
        AddScores(features, scores);
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            if (scores[c] > bestScore && (allowed is null || allowed(c)))
            {
                best = c;
                bestScore = scores[c];
            }
        }

        return best;
    }

    /// <summary>Enumerates (feature, row weights) pairs, for saving.</summary>
    public IEnumerable<(ulong Feature, ReadOnlyMemory<float> Weights)> Rows()
    {
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] != 0)
            {
                yield return (_keys[slot], _weights.AsMemory(_rows[slot], ClassCount));
            }
        }
    }

    private int FindRow(ulong key)
    {
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _rows[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
