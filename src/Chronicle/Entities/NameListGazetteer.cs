using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// A gazetteer over lists of names (one list per category), matched token by token, longest match first,
/// case-sensitively. The actor knowledge base feeds its country, capital and leader lists through this.
/// </summary>
public sealed class NameListGazetteer : IGazetteer
{
    private readonly FrozenDictionary<string, (string[] Tokens, byte Category)[]> _byFirstToken;
    private readonly FrozenDictionary<string, (string[] Tokens, byte Category)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="name">Names the lists and their version; a model trained with them records it.</param>
    /// <param name="entries">Each name as its tokens (as the segmenter splits them) and a category 1–255.</param>
    public NameListGazetteer(string name, IEnumerable<(IReadOnlyList<string> Tokens, byte Category)> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        var byFirst = new Dictionary<string, List<(string[], byte)>>(StringComparer.Ordinal);
        foreach (var (tokens, category) in entries)
        {
            if (tokens.Count == 0 || category == 0)
            {
                throw new ArgumentException($"Gazetteer '{name}' has an empty name or category 0.", nameof(entries));
            }

            if (!byFirst.TryGetValue(tokens[0], out var list))
            {
                byFirst[tokens[0]] = list = [];
            }

            list.Add(([.. tokens], category));
        }

        // Longest names first, so the first match is the longest.
        _byFirstToken = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Item1.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name { get; }

    public void Mark(Document document, TokenRange sentence, Span<GazetteerMark> marks)
    {
        ArgumentNullException.ThrowIfNull(document);
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var length = 0;
            byte category = 0;
            if (_lookup.TryGetValue(document.TextOf(i), out var candidates))
            {
                foreach (var (tokens, entryCategory) in candidates)
                {
                    if (Matches(document, i, sentence.End, tokens))
                    {
                        length = tokens.Length;
                        category = entryCategory;
                        break;
                    }
                }
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            GazetteerMark.Fill(marks.Slice(i - sentence.Start, length), category);

            i += length;
        }
    }

    private static bool Matches(Document document, int start, int end, string[] tokens)
    {
        if (start + tokens.Length > end)
        {
            return false;
        }

        for (var t = 1; t < tokens.Length; t++)
        {
            if (!document.TextOf(start + t).SequenceEqual(tokens[t]))
            {
                return false;
            }
        }

        return true;
    }
}
