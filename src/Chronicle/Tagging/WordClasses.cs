namespace Chronicle.Tagging;

/// <summary>
/// Distributional word classes (coarse and fine) for the tagger and parser, learnt from unlabelled news: a word
/// never seen in the treebanks still gets the statistics of the words used in the same contexts. Looked up by the
/// token's precomputed form hash, falling back to its normalised (lower-case, digits as 0) hash, so the hot path
/// hashes no text. Immutable and thread-safe.
/// </summary>
public sealed class WordClasses
{
    /// <summary>Classes of an unknown word (and of padding positions).</summary>
    public const ulong Unknown = 0;

    /// <summary>An empty table: every word is <see cref="Unknown"/>.</summary>
    public static readonly WordClasses Empty = new([], []);

    private readonly Dictionary<ulong, ulong> _byForm = [];
    private readonly Dictionary<ulong, ulong> _byNorm = [];

    /// <param name="coarse">Coarse classes: entry <c>c</c> lists the word forms of class <c>c</c>, space-separated.</param>
    /// <param name="fine">Fine classes, same layout.</param>
    public WordClasses(IReadOnlyList<string> coarse, IReadOnlyList<string> fine)
    {
        ArgumentNullException.ThrowIfNull(coarse);
        ArgumentNullException.ThrowIfNull(fine);
        Coarse = coarse;
        Fine = fine;
        var classes = new Dictionary<string, (int Coarse, int Fine)>(StringComparer.Ordinal);
        for (var c = 0; c < coarse.Count; c++)
        {
            foreach (var word in coarse[c].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                classes[word] = (c, -1);
            }
        }

        for (var c = 0; c < fine.Count; c++)
        {
            foreach (var word in fine[c].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                classes[word] = (classes.TryGetValue(word, out var known) ? known.Coarse : -1, c);
            }
        }

        // Ordinal order makes the norm fallback deterministic; a lower-case form wins its norm over capitalised ones
        // ("the" over "The"), since running text mostly shows the lower-case use.
        foreach (var (word, (c, f)) in classes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var packed = Pack(c, f);
            _byForm[WordFeatures.FormOf(word)] = packed;
            var norm = WordFeatures.NormOf(word);
            var isLower = word.AsSpan().SequenceEqual(word.ToLowerInvariant());
            if (isLower || !_byNorm.ContainsKey(norm))
            {
                _byNorm[norm] = packed;
            }
        }
    }

    public IReadOnlyList<string> Coarse { get; }

    public IReadOnlyList<string> Fine { get; }

    public bool IsEmpty => _byForm.Count == 0;

    /// <summary>Number of word forms with classes.</summary>
    public int WordCount => _byForm.Count;

    /// <summary>The packed classes of a word (<see cref="Unknown"/> when it has none); read with <see cref="CoarseOf"/> and <see cref="FineOf"/>.</summary>
    public ulong Of(in WordFeatures word) =>
        _byForm.TryGetValue(word.Form, out var packed) || _byNorm.TryGetValue(word.Norm, out packed) ? packed : Unknown;

    /// <summary>The packed classes of a word given its <see cref="WordFeatures.FormOf"/> and <see cref="WordFeatures.NormOf"/> hashes.</summary>
    public ulong Of(ulong form, ulong norm) =>
        _byForm.TryGetValue(form, out var packed) || _byNorm.TryGetValue(norm, out packed) ? packed : Unknown;

    /// <summary>The coarse class of packed classes, as a feature value (distinct from every fine value).</summary>
    public static ulong CoarseOf(ulong packed) => packed >> 32 | 0x4300_0000_0000UL;

    /// <summary>The fine class of packed classes, as a feature value.</summary>
    public static ulong FineOf(ulong packed) => (packed & 0xFFFF_FFFFUL) | 0x4600_0000_0000UL;

    /// <summary>The classes stored in a model's string tables, or <see cref="Empty"/> when the tables are empty.</summary>
    public static WordClasses FromTables(IReadOnlyList<string> coarse, IReadOnlyList<string> fine) =>
        coarse.Count + fine.Count == 0 ? Empty : new WordClasses(coarse, fine);

    private static ulong Pack(int coarse, int fine) => ((ulong)(uint)(coarse + 1) << 32) | (uint)(fine + 1);
}
