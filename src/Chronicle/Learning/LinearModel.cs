using System.Numerics;

namespace Chronicle.Learning;

/// <summary>
/// An immutable multi-class linear model over hashed features: one row of class weights per known feature,
/// found through an open-addressing table. Safe to share across threads.
/// </summary>
public sealed class LinearModel
{
    // Key and row offset side by side, so a lookup touches one cache line before the weights.
    private readonly Slot[] _slots;
    private readonly float[] _weights;
    private readonly int _mask;

    // Models of at most three classes (the parser's transition model) keep the weights inside the slot instead: one
    // cache miss per lookup instead of two. Scores are the same to the bit: the same values, added in the same order.
    private readonly CompactSlot[]? _compact;
    private readonly ulong[]? _compactKeys;

    // A one-hash Bloom filter over the keys (8 to 16 bits per key, so 6-12% of unknown features pass): a third or more
    // of a parser state's features are unknown to the model, and those are the rare ones whose lookups miss the cache.
    // No known feature is ever filtered out, so the scores do not change.
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    /// <param name="classCount">Number of classes (the width of each row).</param>
    /// <param name="features">Feature keys (non-zero, distinct).</param>
    /// <param name="weights">Row-major weights: <c>weights[i * classCount + c]</c> belongs to <c>features[i]</c>.</param>
    public LinearModel(int classCount, ReadOnlySpan<ulong> features, float[] weights)
        : this(classCount, features, weights, compact: true)
    {
    }

    /// <param name="compact">Whether a model of few classes may keep its weights in its slots (tests compare both layouts).</param>
    internal LinearModel(int classCount, ReadOnlySpan<ulong> features, float[] weights, bool compact)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        if (weights.Length != features.Length * classCount)
        {
            throw new ArgumentException($"Expected {features.Length * classCount} weights, got {weights.Length}.", nameof(weights));
        }

        ClassCount = classCount;
        _weights = weights;
        FeatureCount = features.Length;
        (_filter, _filterShift) = BuildFilter(features);
        if (compact && classCount <= CompactSlot.MaxClasses)
        {
            (_compact, _mask) = BuildCompact(classCount, features, weights);
            _compactKeys = features.ToArray();
            _slots = [];
            return;
        }

        var capacity = 16;
        while (capacity < features.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < features.Length; i++)
        {
            _slots[EmptySlotFor(_slots, _mask, features[i])] = new Slot(features[i], i * classCount);
        }
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (which the caller clears).</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (_compact is not null)
        {
            AddCompactScores(features, scores);
            return;
        }

        var classCount = ClassCount;
        var weights = _weights.AsSpan();
        var slots = _slots;
        var mask = _mask;
        Span<bool> maybe = features.Length <= 256 ? stackalloc bool[features.Length] : new bool[features.Length];
        if (!Screen(slots, mask, features, maybe))
        {
            return;
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (!maybe[i])
            {
                continue;
            }

            var feature = features[i];
            var row = FindRow(feature);
            if (row < 0)
            {
                continue;
            }

            var rowWeights = weights.Slice(row, classCount);
            var c = 0;
            if (Vector.IsHardwareAccelerated)
            {
                for (; c <= classCount - Vector<float>.Count; c += Vector<float>.Count)
                {
                    (new Vector<float>(scores[c..]) + new Vector<float>(rowWeights[c..])).CopyTo(scores[c..]);
                }
            }

            for (; c < classCount; c++)
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

    /// <summary>
    /// A copy without the weights smaller than <paramref name="threshold"/> in magnitude, and without the features
    /// left with none: shrinks a model after training (most hashed features carry only tiny averaged weights).
    /// </summary>
    public LinearModel Pruned(float threshold)
    {
        var keys = new List<ulong>(FeatureCount);
        var weights = new List<float>(FeatureCount * ClassCount);
        var row = new float[ClassCount];
        foreach (var (feature, values) in Rows().OrderBy(r => r.Feature))
        {
            var keep = false;
            for (var c = 0; c < ClassCount; c++)
            {
                var w = values.Span[c];
                row[c] = Math.Abs(w) >= threshold ? w : 0f;
                keep |= row[c] != 0f;
            }

            if (keep)
            {
                keys.Add(feature);
                weights.AddRange(row);
            }
        }

        return new LinearModel(ClassCount, keys.ToArray(), [.. weights]);
    }

    /// <summary>Enumerates (feature, row weights) pairs, for saving.</summary>
    public IEnumerable<(ulong Feature, ReadOnlyMemory<float> Weights)> Rows()
    {
        if (_compactKeys is not null)
        {
            for (var i = 0; i < _compactKeys.Length; i++)
            {
                yield return (_compactKeys[i], _weights.AsMemory(i * ClassCount, ClassCount));
            }

            yield break;
        }

        for (var slot = 0; slot < _slots.Length; slot++)
        {
            if (_slots[slot].Key != 0)
            {
                yield return (_slots[slot].Key, _weights.AsMemory(_slots[slot].Row, ClassCount));
            }
        }
    }

    private int FindRow(ulong key)
    {
        var slots = _slots;
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var found = ref slots[slot];
            if (found.Key == key)
            {
                return found.Row;
            }

            if (found.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private void AddCompactScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _compact!;
        var mask = _mask;
        var classCount = ClassCount;
        Span<bool> maybe = features.Length <= 256 ? stackalloc bool[features.Length] : new bool[features.Length];
        if (!Screen(slots, mask, features, maybe))
        {
            return;
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (!maybe[i])
            {
                continue;
            }

            var feature = features[i];
            var slot = (int)(feature & (ulong)mask);
            while (true)
            {
                ref readonly var found = ref slots[slot];
                if (found.Key == feature)
                {
                    scores[0] += found.W0;
                    if (classCount > 1)
                    {
                        scores[1] += found.W1;
                        if (classCount > 2)
                        {
                            scores[2] += found.W2;
                        }
                    }

                    break;
                }

                if (found.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }
    }

    /// <summary>
    /// Pass 1 of a lookup: the filter (small enough to stay in cache) rules out most unknown features, and the home
    /// slots of the others are loaded before any is probed. These loads depend neither on each other nor on a branch,
    /// so the CPU keeps many cache misses in flight at once, where the probing loop would wait for them one by one;
    /// pass 2 then probes only the features marked in <paramref name="maybe"/>, mostly in cache. False when no home slot
    /// of a surviving feature holds a key, i.e. no feature is known (returning that keeps the loads from being dropped).
    /// </summary>
    private bool Screen<T>(T[] slots, int mask, ReadOnlySpan<ulong> features, Span<bool> maybe)
        where T : struct, IKeyed
    {
        var filter = _filter;
        var shift = _filterShift;
        ulong touched = 0;
        for (var i = 0; i < features.Length; i++)
        {
            var feature = features[i];
            var bit = feature >> shift;
            if ((filter[(int)(bit >> 6)] & (1UL << (int)(bit & 63))) != 0)
            {
                maybe[i] = true;
                touched |= slots[(int)(feature & (ulong)mask)].Key;
            }
        }

        return touched != 0;
    }

    private static (ulong[] Filter, int Shift) BuildFilter(ReadOnlySpan<ulong> features)
    {
        // The top bits of the key pick the filter bit; the low bits pick the slot, so the two are independent.
        var bits = 64;
        var log = 6;
        while (bits < features.Length * 8)
        {
            bits <<= 1;
            log++;
        }

        var filter = new ulong[bits / 64];
        var shift = 64 - log;
        foreach (var key in features)
        {
            var bit = key >> shift;
            filter[(int)(bit >> 6)] |= 1UL << (int)(bit & 63);
        }

        return (filter, shift);
    }

    private static (CompactSlot[] Slots, int Mask) BuildCompact(int classCount, ReadOnlySpan<ulong> features, float[] weights)
    {
        // Load factor at most 3/4 (linear probing stays short), half the slots of the wide layout's 1/2.
        var capacity = 16;
        while (capacity * 3 < features.Length * 4)
        {
            capacity <<= 1;
        }

        var slots = new CompactSlot[capacity];
        var mask = capacity - 1;
        for (var i = 0; i < features.Length; i++)
        {
            var row = i * classCount;
            slots[EmptySlotFor(slots, mask, features[i])] = new CompactSlot
            {
                Key = features[i],
                W0 = weights[row],
                W1 = classCount > 1 ? weights[row + 1] : 0f,
                W2 = classCount > 2 ? weights[row + 2] : 0f,
            };
        }

        return (slots, mask);
    }

    /// <summary>The empty slot that linear probing gives <paramref name="key"/>; key 0 (the empty mark) and a key already
    /// placed are refused, since either would make lookups wrong.</summary>
    private static int EmptySlotFor<TSlot>(TSlot[] slots, int mask, ulong key)
        where TSlot : struct, IKeyed
    {
        if (key == 0)
        {
            throw new ArgumentException("Feature key 0 is reserved.", "features");
        }

        var slot = (int)(key & (ulong)mask);
        while (slots[slot].Key != 0)
        {
            if (slots[slot].Key == key)
            {
                throw new ArgumentException($"Feature key {key} appears twice.", "features");
            }

            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private interface IKeyed
    {
        ulong Key { get; }
    }

    private readonly record struct Slot(ulong Key, int Row) : IKeyed;

    /// <summary>A key and up to three weights: 24 bytes.</summary>
    private struct CompactSlot : IKeyed
    {
        public const int MaxClasses = 3;

        public ulong Key { get; init; }

        public float W0;
        public float W1;
        public float W2;
    }
}
