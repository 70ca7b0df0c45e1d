using System.Collections.Frozen;

namespace Chronicle.Entities;

/// <summary>
/// Distributional word classes learnt from unlabelled news (see the NER section of models/README.md): words used
/// in the same contexts ("President X said", "in X on") share a class, so a name never seen in the annotated
/// data still gets the features of the names it resembles. Two granularities, coarse and fine. Immutable.
/// </summary>
public sealed class WordClusters
{
    public const int None = -1;

    private readonly FrozenDictionary<string, int> _classes;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="coarse">Coarse classes: entry <c>c</c> lists the words of class <c>c</c>, space-separated.</param>
    /// <param name="fine">Fine classes, same layout.</param>
    public WordClusters(IReadOnlyList<string> coarse, IReadOnlyList<string> fine)
    {
        ArgumentNullException.ThrowIfNull(coarse);
        ArgumentNullException.ThrowIfNull(fine);
        Coarse = coarse;
        Fine = fine;
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < fine.Count; c++)
        {
            foreach (var word in fine[c].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                classes[word] = (c << 16) | 0xFFFF;
            }
        }

        for (var c = 0; c < coarse.Count; c++)
        {
            foreach (var word in coarse[c].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                classes[word] = (classes.TryGetValue(word, out var f) ? f & ~0xFFFF : 0xFFFF << 16) | c;
            }
        }

        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Coarse { get; }

    public IReadOnlyList<string> Fine { get; }

    public int WordCount => _classes.Count;

    /// <summary>The (coarse, fine) classes of a word form, <see cref="None"/> where unknown.</summary>
    public (int Coarse, int Fine) Of(ReadOnlySpan<char> word)
    {
        if (!_lookup.TryGetValue(word, out var packed))
        {
            return (None, None);
        }

        var coarse = packed & 0xFFFF;
        var fine = (packed >> 16) & 0xFFFF;
        return (coarse == 0xFFFF ? None : coarse, fine == 0xFFFF ? None : fine);
    }
}
