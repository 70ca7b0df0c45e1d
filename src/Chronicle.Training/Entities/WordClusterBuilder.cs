using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled text: each frequent word form is described by its
/// neighbours (lower-cased words at −2, −1, +1, +2, PPMI-weighted, unit length), and spherical k-means
/// (k-means++ seeding) groups the descriptions twice, coarsely and finely; optionally each fine class is then split
/// again by k-means over its own words alone (finest classes, a hierarchy under the fine ones, cheap to learn).
/// Deterministic for a given seed.
/// </summary>
public sealed class WordClusterBuilder(WordClusterOptions options)
{
    private const int Offsets = 4;

    // Two workers: the assignments are independent per word, so the result does not depend on scheduling.
    private readonly ParallelOptions _parallelism = new() { MaxDegreeOfParallelism = 2 };

    public WordClusters Build(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var corpus = documents.ToList();
        var wordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var contextCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in corpus)
        {
            for (var i = 0; i < document.Tokens.Length; i++)
            {
                var word = document.TextOf(i).ToString();
                wordCounts[word] = wordCounts.GetValueOrDefault(word) + 1;
                var lower = word.ToLowerInvariant();
                contextCounts[lower] = contextCounts.GetValueOrDefault(lower) + 1;
            }
        }

        var vocabulary = wordCounts.Where(w => w.Value >= options.MinCount)
            .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Take(options.MaxWords).Select(w => w.Key).ToArray();
        var wordIndex = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var contexts = contextCounts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(options.ContextWords).Select(c => c.Key).ToArray();
        var contextIndex = contexts.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);

        // Sparse co-occurrence counts per word: dimension = offset block * contexts + context word (+1 block for the sentence edge).
        var dimensions = Offsets * (contexts.Length + 1);
        var cooccurrence = new Dictionary<int, int>[vocabulary.Length];
        for (var w = 0; w < vocabulary.Length; w++)
        {
            cooccurrence[w] = [];
        }

        foreach (var document in corpus)
        {
            var lowered = new int[document.Tokens.Length];
            for (var i = 0; i < lowered.Length; i++)
            {
                lowered[i] = contextIndex.TryGetValue(document.TextOf(i).ToString().ToLowerInvariant(), out var c) ? c : -1;
            }

            foreach (var sentence in document.Sentences)
            {
                var range = sentence.Tokens;
                for (var i = range.Start; i < range.End; i++)
                {
                    if (!wordIndex.TryGetValue(document.TextOf(i).ToString(), out var w))
                    {
                        continue;
                    }

                    var block = 0;
                    foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
                    {
                        var j = i + offset;
                        var context = j < range.Start || j >= range.End ? contexts.Length : lowered[j];
                        if (context >= 0)
                        {
                            var dimension = (block * (contexts.Length + 1)) + context;
                            cooccurrence[w][dimension] = cooccurrence[w].GetValueOrDefault(dimension) + 1;
                        }

                        block++;
                    }
                }
            }
        }

        var vectors = Weigh(cooccurrence, dimensions);
        var coarse = KMeans(vectors, dimensions, options.CoarseClusters, options.Seed);
        var fine = KMeans(vectors, dimensions, options.FineClusters, options.Seed + 1);
        var finest = options.FinestPerFine > 1 ? Split(vectors, dimensions, fine, options.FineClusters, options.FinestPerFine) : null;
        return new WordClusters(Lists(vocabulary, coarse, options.CoarseClusters), Lists(vocabulary, fine, options.FineClusters),
            finest is null ? null : Lists(vocabulary, finest, options.FineClusters * options.FinestPerFine));
    }

    /// <summary>Splits each of the <paramref name="k"/> classes of <paramref name="assignment"/> into at most <paramref name="parts"/> by k-means over its members: class c, part p becomes c * parts + p.</summary>
    private int[] Split(SparseVector[] vectors, int dimensions, int[] assignment, int k, int parts)
    {
        var split = new int[assignment.Length];
        var members = Enumerable.Range(0, k).Select(_ => new List<int>()).ToArray();
        for (var w = 0; w < assignment.Length; w++)
        {
            members[assignment[w]].Add(w);
        }

        for (var c = 0; c < k; c++)
        {
            var subset = members[c];
            if (subset.Count == 0)
            {
                continue;
            }

            var sub = KMeans([.. subset.Select(w => vectors[w])], dimensions, parts, options.Seed + 2 + c);
            for (var i = 0; i < subset.Count; i++)
            {
                split[subset[i]] = (c * parts) + sub[i];
            }
        }

        return split;
    }

    private static string[] Lists(string[] vocabulary, int[] assignment, int k)
    {
        var lists = Enumerable.Range(0, k).Select(_ => new List<string>()).ToArray();
        for (var w = 0; w < vocabulary.Length; w++)
        {
            if (!vocabulary[w].Contains(' ', StringComparison.Ordinal))
            {
                lists[assignment[w]].Add(vocabulary[w]);
            }
        }

        return [.. lists.Select(l => string.Join(' ', l))];
    }

    /// <summary>A word's description: PPMI weights (context counts smoothed by α = 0.75) over its context dimensions, unit length.</summary>
    private readonly record struct SparseVector(int[] Indices, float[] Values);

    private static SparseVector[] Weigh(Dictionary<int, int>[] cooccurrence, int dimensions)
    {
        var dimensionTotals = new double[dimensions];
        foreach (var counts in cooccurrence)
        {
            foreach (var (dimension, count) in counts)
            {
                dimensionTotals[dimension] += Math.Pow(count, 0.75);
            }
        }

        var smoothedTotal = dimensionTotals.Sum();
        var vectors = new SparseVector[cooccurrence.Length];
        for (var w = 0; w < cooccurrence.Length; w++)
        {
            double wordTotal = cooccurrence[w].Values.Sum();
            var entries = new List<(int Dimension, float Weight)>();
            foreach (var (dimension, count) in cooccurrence[w].OrderBy(p => p.Key))
            {
                var pmi = Math.Log(count / wordTotal / (dimensionTotals[dimension] / smoothedTotal));
                if (pmi > 0)
                {
                    entries.Add((dimension, (float)pmi));
                }
            }

            var norm = MathF.Sqrt(entries.Sum(e => e.Weight * e.Weight));
            vectors[w] = new SparseVector([.. entries.Select(e => e.Dimension)], [.. entries.Select(e => norm > 0 ? e.Weight / norm : 0f)]);
        }

        return vectors;
    }

    private int[] KMeans(SparseVector[] vectors, int dimensions, int k, int seed)
    {
        var n = vectors.Length;
        k = Math.Min(k, n);
        var random = new Random(seed);
        var centroids = new float[k][];
        centroids[0] = Dense(vectors[random.Next(n)], dimensions);
        var best = new float[n];
        Array.Fill(best, float.NegativeInfinity);
        var weights = new double[n];
        for (var c = 1; c < k; c++)
        {
            var previous = centroids[c - 1];
            Parallel.For(0, n, _parallelism, i => best[i] = Math.Max(best[i], Dot(vectors[i], previous)));
            double sum = 0;
            for (var i = 0; i < n; i++)
            {
                weights[i] = Math.Max(0, 1 - best[i]);
                sum += weights[i];
            }

            var pick = random.NextDouble() * sum;
            var chosen = n - 1;
            for (var i = 0; i < n; i++)
            {
                pick -= weights[i];
                if (pick <= 0)
                {
                    chosen = i;
                    break;
                }
            }

            centroids[c] = Dense(vectors[chosen], dimensions);
        }

        var assignment = new int[n];
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            var next = new int[n];
            Parallel.For(0, n, _parallelism, i =>
            {
                var arg = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(vectors[i], centroids[c]);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        arg = c;
                    }
                }

                next[i] = arg;
            });
            var changed = next.Where((a, i) => a != assignment[i]).Count();
            assignment = next;

            var sums = new float[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new float[dimensions];
            }

            for (var i = 0; i < n; i++)
            {
                var target = sums[assignment[i]];
                var vector = vectors[i];
                for (var x = 0; x < vector.Indices.Length; x++)
                {
                    target[vector.Indices[x]] += vector.Values[x];
                }
            }

            for (var c = 0; c < k; c++)
            {
                var norm = MathF.Sqrt(sums[c].Sum(v => v * v));
                if (norm > 0)
                {
                    for (var x = 0; x < dimensions; x++)
                    {
                        sums[c][x] /= norm;
                    }

                    centroids[c] = sums[c];
                }
            }

            if (changed == 0 && iteration > 0)
            {
                break;
            }
        }

        return assignment;
    }

    private static float[] Dense(SparseVector vector, int dimensions)
    {
        var dense = new float[dimensions];
        for (var x = 0; x < vector.Indices.Length; x++)
        {
            dense[vector.Indices[x]] = vector.Values[x];
        }

        return dense;
    }

    private static float Dot(SparseVector a, float[] b)
    {
        var sum = 0f;
        for (var x = 0; x < a.Indices.Length; x++)
        {
            sum += a.Values[x] * b[a.Indices[x]];
        }

        return sum;
    }
}
