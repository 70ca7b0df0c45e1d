namespace Chronicle.Entities;

/// <summary>
/// Exact best-path search over a model's classes under the BILOU constraints: invalid label bigrams carry
/// −∞, so the result is always a well-formed tag sequence whatever the weights.
/// </summary>
public static class BilouViterbi
{
    /// <summary>
    /// Label-bigram mask, <c>(classes + 1) × classes</c>: row <c>p</c> is "previous class p", the last row is
    /// the sentence start; 0 where allowed, −∞ where not.
    /// </summary>
    public static float[] TransitionMask(ReadOnlySpan<ushort> tags)
    {
        var k = tags.Length;
        var mask = new float[(k + 1) * k];
        for (var previous = 0; previous <= k; previous++)
        {
            for (var next = 0; next < k; next++)
            {
                ushort? p = previous == k ? null : tags[previous];
                mask[(previous * k) + next] = EntityTags.IsValidTransition(p, tags[next]) ? 0f : float.NegativeInfinity;
            }
        }

        return mask;
    }

    /// <summary>0 where a sentence may end on the class, −∞ where a mention would be left open.</summary>
    public static float[] EndMask(ReadOnlySpan<ushort> tags)
    {
        var mask = new float[tags.Length];
        for (var c = 0; c < tags.Length; c++)
        {
            mask[c] = EntityTags.IsValidEnd(tags[c]) ? 0f : float.NegativeInfinity;
        }

        return mask;
    }

    /// <summary>Finds the best class sequence.</summary>
    /// <param name="emissions"><c>n × k</c> per-token class scores.</param>
    /// <param name="transitions"><c>(k + 1) × k</c> label-bigram scores with the mask of <see cref="TransitionMask"/> added.</param>
    /// <param name="end">From <see cref="EndMask"/>.</param>
    /// <param name="backpointers">Scratch of at least <c>n × k</c>.</param>
    /// <param name="scratch">Scratch of at least <c>2 × k</c>.</param>
    /// <param name="path">Receives the <c>n</c> classes.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int k, ReadOnlySpan<float> transitions, ReadOnlySpan<float> end,
        Span<int> backpointers, Span<float> scratch, Span<int> path)
    {
        var n = path.Length;
        if (n == 0)
        {
            return;
        }

        var current = scratch[..k];
        var next = scratch.Slice(k, k);
        var start = transitions.Slice(k * k, k);
        for (var c = 0; c < k; c++)
        {
            current[c] = start[c] + emissions[c];
        }

        for (var t = 1; t < n; t++)
        {
            var emit = emissions.Slice(t * k, k);
            var back = backpointers.Slice(t * k, k);
            for (var c = 0; c < k; c++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < k; p++)
                {
                    var score = current[p] + transitions[(p * k) + c];
                    if (score > best)
                    {
                        best = score;
                        arg = p;
                    }
                }

                next[c] = best + emit[c];
                back[c] = arg;
            }

            var swap = current;
            current = next;
            next = swap;
        }

        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var c = 0; c < k; c++)
        {
            var score = current[c] + end[c];
            if (score > lastScore)
            {
                lastScore = score;
                last = c;
            }
        }

        path[n - 1] = last;
        for (var t = n - 1; t > 0; t--)
        {
            path[t - 1] = backpointers[(t * k) + path[t]];
        }
    }
}
