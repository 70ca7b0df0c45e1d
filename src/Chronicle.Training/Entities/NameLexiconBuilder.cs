using System.Globalization;
using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>
/// Builds a <see cref="NameLexicon"/>: tags every sentence of an unlabelled corpus with a first-stage model and counts,
/// per capitalised word form, its uses and how many of them fell inside a name of each type.
/// </summary>
/// <param name="minUses">Forms used (capitalised) fewer times are left out: a count of one or two says little.</param>
public sealed class NameLexiconBuilder(int minUses = 3)
{
    public NameLexicon Build(NerModel firstStage, IReadOnlyList<Document> corpus)
    {
        ArgumentNullException.ThrowIfNull(firstStage);
        ArgumentNullException.ThrowIfNull(corpus);
        var typeCount = Enum.GetValues<EntityType>().Length;
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var tags = Array.Empty<ushort>();
        foreach (var document in corpus)
        {
            if (tags.Length < document.Tokens.Length)
            {
                tags = new ushort[document.Tokens.Length];
            }

            var evidence = firstStage.Evidence(document);
            foreach (var sentence in document.Sentences)
            {
                var range = sentence.Tokens;
                firstStage.Predict(document, range, tags.AsSpan(range.Start, range.Length), evidence);
                for (var i = range.Start; i < range.End; i++)
                {
                    var text = document.TextOf(i);
                    if (text.Length < 2 || !char.IsUpper(text[0]))
                    {
                        continue;
                    }

                    if (!lookup.TryGetValue(text, out var row))
                    {
                        row = new int[typeCount + 1];
                        lookup[text] = row;
                    }

                    row[typeCount]++;
                    if (!EntityTags.IsOutside(tags[i]))
                    {
                        row[(int)EntityTags.TypeOf(tags[i])]++;
                    }
                }
            }
        }

        var entries = new List<string>();
        foreach (var (form, row) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var uses = row[typeCount];
            var value = uses < minUses ? 0 : NameLexicon.Pack(uses, row.AsSpan(0, typeCount));
            if (value != 0)
            {
                entries.Add(string.Create(CultureInfo.InvariantCulture, $"{form}\t{value}"));
            }
        }

        return new NameLexicon(entries);
    }
}
