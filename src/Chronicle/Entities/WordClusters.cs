using System.Collections.Frozen;

namespace Chronicle.Entities;

/// <summary>
/// Distributional word classes learnt from unlabelled news (see the NER section of models/README.md): words used
/// in the same contexts ("President X said", "in X on") share a class, so a name never seen in the annotated
/// data still gets the features of the names it resembles. Two independent granularities, coarse and fine, and
/// optionally a third, finest, that splits each fine class further (a hierarchy: finest refines fine). Immutable.
/// </summary>
public sealed class WordClusters
{
    public const int None = -1;

    private const long Missing = 0xFFFF;

    private readonly FrozenDictionary<string, long> _classes;
    private readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="coarse">Coarse classes: entry <c>c</c> lists the words of class <c>c</c>, space-separated.</param>
    /// <param name="fine">Fine classes, same layout.</param>
    /// <param name="finest">Finest classes, same layout, or null (or empty) for none.</param>
    public WordClusters(IReadOnlyList<string> coarse, IReadOnlyList<string> fine, IReadOnlyList<string>? finest = null)
    {
        ArgumentNullException.ThrowIfNull(coarse);
        ArgumentNullException.ThrowIfNull(fine);
        Coarse = coarse;
        Fine = fine;
        Finest = finest ?? [];

        // Packed per word: coarse in bits 0–15, fine in 16–31, finest in 32–47; 0xFFFF where the word has none.
        var classes = new Dictionary<string, long>(StringComparer.Ordinal);
        Add(classes, coarse, 0);
        Add(classes, fine, 16);
        Add(classes, Finest, 32);
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Coarse { get; }

    public IReadOnlyList<string> Fine { get; }

    /// <summary>The finest classes (empty when the model has none).</summary>
    public IReadOnlyList<string> Finest { get; }

    public int WordCount => _classes.Count;

    /// <summary>The (coarse, fine, finest) classes of a word form, <see cref="None"/> where unknown.</summary>
    public (int Coarse, int Fine, int Finest) Of(ReadOnlySpan<char> word)
    {
        if (!_lookup.TryGetValue(word, out var packed))
        {
            return (None, None, None);
        }

        return (Unpack(packed, 0), Unpack(packed, 16), Unpack(packed, 32));
    }

    private static int Unpack(long packed, int shift)
    {
        var value = (packed >> shift) & Missing;
        return value == Missing ? None : (int)value;
    }

    private static void Add(Dictionary<string, long> classes, IReadOnlyList<string> lists, int shift)
    {
        for (var c = 0; c < lists.Count; c++)
        {
            foreach (var word in lists[c].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var packed = classes.TryGetValue(word, out var p) ? p : (Missing << 32) | (Missing << 16) | Missing;
                classes[word] = (packed & ~(Missing << shift)) | ((long)c << shift);
            }
        }
    }
}
