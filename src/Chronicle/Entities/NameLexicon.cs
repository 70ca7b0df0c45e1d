using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Entities;

/// <summary>
/// What a first-stage recogniser made of each capitalised word form across a large unlabelled news corpus: how often
/// the form was tagged as part of a name, and with which types. A name the annotated data never had ("Gertrude",
/// "Cuccinelli") is often tagged confidently somewhere in the corpus ("said Gertrude Stein", "Mr. Cuccinelli"), so
/// the second stage reads this as it reads a gazetteer (Krishnan and Manning 2006 consistency, across a corpus).
/// Immutable; stored in the model as <c>form\tvalue</c> lines.
/// </summary>
public sealed class NameLexicon
{
    /// <summary>Bits 0–7: the entity types (<c>1 &lt;&lt; type</c>) of at least a quarter of the tagged uses; bits 8–9: share-of-uses bucket.</summary>
    private readonly FrozenDictionary<string, int> _values;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="entries">One entry per form: the form, a tab and its packed value (see <see cref="Pack"/>).</param>
    /// <exception cref="FormatException">An entry is not <c>form\tvalue</c>.</exception>
    public NameLexicon(IReadOnlyList<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        var values = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !int.TryParse(entry.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                throw new FormatException($"'{entry}' is not a name-lexicon entry (form, tab, positive value).");
            }

            values[entry[..tab]] = value;
        }

        _values = values.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The stored entries, for saving.</summary>
    public IReadOnlyList<string> Entries { get; }

    public int Count => _values.Count;

    /// <summary>The packed value of a word form (case-sensitive), 0 when the corpus says nothing of it.</summary>
    public int Of(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var value) ? value : 0;

    /// <summary>
    /// Packs what the corpus said of one form: <paramref name="tagged"/> of its <paramref name="uses"/> were inside a
    /// name, <paramref name="perType"/> of them per <see cref="EntityType"/>. 0 (not worth storing) when under a tenth
    /// of the uses were tagged.
    /// </summary>
    public static int Pack(int uses, ReadOnlySpan<int> perType)
    {
        var tagged = 0;
        foreach (var count in perType)
        {
            tagged += count;
        }

        if (uses <= 0 || tagged * 10 < uses)
        {
            return 0;
        }

        var types = 0;
        for (var t = 0; t < perType.Length && t < 8; t++)
        {
            if (perType[t] * 4 >= tagged)
            {
                types |= 1 << t;
            }
        }

        var share = (double)tagged / uses;
        var bucket = share >= 0.9 ? 3 : share >= 0.6 ? 2 : share >= 0.3 ? 1 : 0;
        return types | (bucket << 8) | (1 << 10);
    }
}
