using System.Collections.Frozen;
using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "the Plains of Marrow", "the Gulf of Tarsis", "the Isle of Wren": a geographic head word, "of" and a name are one
/// place's name. The name after "of" is no person of its own (a statesman the knowledge base knows by that surname is
/// not meant), and the head word is no place alone; a country named there ("the Gulf of Mexico") stays a mention of
/// that country inside the place's name.
/// </summary>
internal static class GeographicOfNames
{
    private const int MaxNameTokens = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads = new[]
    {
        "Gulf", "Bay", "Bight", "Sea", "Strait", "Straits", "Sound", "Firth", "Plain", "Plains", "Valley", "Vale", "Isle",
        "Isles", "Cape", "Lake", "Mount", "Mountains", "Horn", "Desert", "Canyon", "Mouth",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Join(Document document, List<ResolverMention> mentions)
    {
        for (var head = 0; head + 2 < document.Tokens.Length; head++)
        {
            if (!_heads.Contains(document.TextOf(head)) || document.TextOf(head + 1) is not "of")
            {
                continue;
            }

            var start = head + 2;
            var end = start;
            while (end < document.Tokens.Length && end - start < MaxNameTokens && IsNameWord(document.TextOf(end))
                && document.SentenceIndexOf(end) == document.SentenceIndexOf(head))
            {
                end++;
            }

            // "the Mount of Olives" has one word after "of"; a longer run is a name only where nothing capitalised follows.
            if (end == start || (end < document.Tokens.Length && SurfaceCues.StartsUpper(document.TextOf(end)) && SurfaceCues.IsWord(document.TextOf(end))))
            {
                continue;
            }

            var range = new TokenRange(head, end);
            var overlapping = mentions.FindAll(m => m.Overlaps(range));
            // A longer name around it ("Bay of Pigs Invasion", "Gulf of Aden Task Force") is read as it is.
            if (overlapping.Exists(m => m.Tokens.Start < range.Start || m.Tokens.End > range.End || m.Kind != MentionKind.Name))
            {
                continue;
            }

            foreach (var mention in overlapping)
            {
                // Not the head word itself, whatever town a knowledge base calls "Valley".
                if (mention.Entry is not Country || mention.Tokens.Start == head)
                {
                    mentions.Remove(mention);
                }
            }

            mentions.Add(ResolverMention.Name(document, range, EntityType.LOC, hasTypeCue: true));
        }
    }

    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word);
}
