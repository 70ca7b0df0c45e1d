namespace Chronicle.Training.Parsing;

/// <summary>
/// Makes a tree projective by lifting (Nivre &amp; Nilsson 2005, without the label encoding): while an arc crosses
/// another, the shortest non-projective arc's dependent is re-attached to its head's head. The arc-hybrid system can
/// only build projective trees, so training on lifted trees teaches it the nearest tree it can build.
/// </summary>
internal static class Projectivizer
{
    /// <summary>Returns projective heads (0-based, -1 = root) and how many arcs were lifted.</summary>
    public static (int[] Heads, int Lifted) Projectivize(IReadOnlyList<int> heads)
    {
        var result = heads.ToArray();
        var lifted = 0;
        while (true)
        {
            var shortest = -1;
            var shortestLength = int.MaxValue;
            for (var d = 0; d < result.Length; d++)
            {
                var h = result[d];
                if (h < 0)
                {
                    continue;
                }

                var length = Math.Abs(h - d);
                if (length < shortestLength && !IsProjective(result, d))
                {
                    shortest = d;
                    shortestLength = length;
                }
            }

            if (shortest < 0 || result[result[shortest]] < 0)
            {
                return (result, lifted);
            }

            result[shortest] = result[result[shortest]];
            lifted++;
        }
    }

    /// <summary>True when every word between the dependent and its head is dominated by the head.</summary>
    private static bool IsProjective(int[] heads, int dependent)
    {
        var head = heads[dependent];
        var (from, to) = dependent < head ? (dependent + 1, head) : (head + 1, dependent);
        for (var k = from; k < to; k++)
        {
            var ancestor = k;
            var steps = 0;
            while (ancestor >= 0 && ancestor != head && steps++ <= heads.Length)
            {
                ancestor = heads[ancestor];
            }

            if (ancestor != head)
            {
                return false;
            }
        }

        return true;
    }
}
