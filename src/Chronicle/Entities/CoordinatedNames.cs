using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "Ubisoft, Nortek, and Velora all had stands", "Velora and Nortek": capitalised words listed beside a name the
/// recogniser found, as another item of the same list, are a name of the same type where the recogniser missed it.
/// </summary>
internal static class CoordinatedNames
{
    private const int MaxNameTokens = 3;

    public static void AddMissed(Document document, List<ResolverMention> mentions)
    {
        var count = mentions.Count;
        for (var m = 0; m < count; m++)
        {
            var item = mentions[m];
            if (item.Kind != MentionKind.Name || item.IsNested || item.Type is EntityType.NORP or EntityType.EVENT || !IsSettled(item))
            {
                continue;
            }

            // After it: "Nortek and Velora", "Nortek, Velora and Ansel".
            var next = item.Tokens.End;
            if (next + 1 < document.Tokens.Length && document.TextOf(next) is "and" or "or" or ",")
            {
                var start = next + 1;
                if (document.TextOf(next) is "," && start < document.Tokens.Length && document.TextOf(start) is "and" or "or")
                {
                    start++;
                }

                var end = RunEnd(document, start);
                if (end > start && EndsRun(document, end) && (document.TextOf(next) is not "," || ContinuesList(document, end)))
                {
                    Add(document, mentions, new TokenRange(start, end), item);
                }
            }

            // Before it, only inside a list of three or more: "Ubisoft, Nortek, and Velora".
            var comma = item.Tokens.Start - 1;
            if (comma >= 1 && document.TextOf(comma) is "," && ContinuesList(document, item.Tokens.End))
            {
                var start = comma;
                while (start > 0 && comma - start < MaxNameTokens && IsNameWord(document.TextOf(start - 1)) && document.SentenceIndexOf(start - 1) == document.SentenceIndexOf(comma))
                {
                    start--;
                }

                var before = start - 1;
                // A determiner opens the first item too: "included The Ontario Ravens, Velora Society, and …".
                var opens = before < 0 || document.SentenceIndexOf(before) != document.SentenceIndexOf(start) || !SurfaceCues.StartsUpper(document.TextOf(before))
                    || (SurfaceCues.IsDeterminer(document.TextOf(before)) && before > 0 && document.SentenceIndexOf(before - 1) == document.SentenceIndexOf(start));
                if (start < comma && opens && !document.TextOf(start).EndsWith("ly", StringComparison.Ordinal))
                {
                    Add(document, mentions, new TokenRange(start, comma), item, before: true);
                }
            }
        }
    }

    // Only a name whose type is settled lends it: a known entry, a type the words around it gave, a person's full
    // name, or an organisation with an organisation's word in its name ("Velora Society"). The recogniser's guess
    // for a lone word ("Boeing" as a person) would spread to the whole list.
    private static bool IsSettled(ResolverMention item) =>
        item.Entry is not null || item.HasTypeCue || (item.Type == EntityType.PERSON && item.Tokens.Length >= 2)
        || (item.Type == EntityType.ORG && HasOrganisationWord(item.Text));

    private static bool HasOrganisationWord(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (MentionTyper.IsOrganisationWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(Document document, List<ResolverMention> mentions, TokenRange range, ResolverMention item, bool before = false)
    {
        // "the Arts and Sciences" inside an "of" complement, "Museum and Art Gallery": parts of one longer name. An item
        // before a comma in a list of three is no such part, whatever complement the next item has ("Velora Ravens,
        // Society of Lanterns, and …").
        if (mentions.Exists(m => m.Overlaps(range)) || document.SentenceIndexOf(range.Start) != document.SentenceIndexOf(item.Tokens.Start)
            || (item.Tokens.Start > 0 && document.TextOf(item.Tokens.Start - 1) is "of")
            || (!before && (item.Text.Contains(" of ", StringComparison.Ordinal) || item.Text.Contains(" for ", StringComparison.Ordinal))) || IsDoctrineOrSuffix(document.TextOf(range.End - 1))
            || (range.End < document.Tokens.Length && document.Tokens[range.End].Pos == UniversalPos.NOUN) || !AllProperNouns(document, range) || SurfaceCues.IsFacilityHead(document.TextOf(range.End - 1))
            || (range.Length == 1 && IsWrittenLowerElsewhere(document, document.TextOf(range.Start))))
        {
            return;
        }

        mentions.Add(ResolverMention.Name(document, range, item.Type, hasTypeCue: false));
    }

    // "Nature, Development and Origin": a word the article also writes in lower case is a common noun, capitalised in a title.
    internal static bool IsWrittenLowerElsewhere(Document document, ReadOnlySpan<char> word)
    {
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            var other = document.TextOf(t);
            if (other.Length == word.Length && char.IsLower(other[0]) && other.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Educational, Scientific and Cultural": where the tagger ran, every word of a listed name is a proper noun.
    private static bool AllProperNouns(Document document, TokenRange range)
    {
        for (var t = range.Start; t < range.End; t++)
        {
            if (document.Tokens[t].Pos is not (UniversalPos.PROPN or UniversalPos.None))
            {
                return false;
            }
        }

        return true;
    }

    // "Fascism", "Jr.": a doctrine or a name's suffix is no item of a list of names.
    private static bool IsDoctrineOrSuffix(ReadOnlySpan<char> word) =>
        word.EndsWith("ism", StringComparison.Ordinal) || word is "Jr" or "Jr." or "Sr" or "Sr." or "II" or "III";

    // "…, Velora, and Ansel" / "…, Velora and Ansel": the list goes on after the item with another name; "In early
    // May, Ada Rennick, the mayor" is an apposition, no list.
    private static bool ContinuesList(Document document, int end)
    {
        if (end + 1 >= document.Tokens.Length || document.TextOf(end) is not ("," or "and" or "or"))
        {
            return false;
        }

        var next = end + 1;
        if (document.TextOf(end) is "," && document.TextOf(next) is "and" or "or")
        {
            next++;
        }

        return next < document.Tokens.Length && SurfaceCues.StartsUpper(document.TextOf(next)) && SurfaceCues.IsWord(document.TextOf(next));
    }

    private static int RunEnd(Document document, int start)
    {
        var end = start;
        while (end < document.Tokens.Length && end - start < MaxNameTokens && IsNameWord(document.TextOf(end)))
        {
            end++;
        }

        return end;
    }

    private static bool EndsRun(Document document, int end) =>
        end >= document.Tokens.Length || !(SurfaceCues.StartsUpper(document.TextOf(end)) && SurfaceCues.IsWord(document.TextOf(end)));

    // Not "QC" or "SC" after a lawyer's name: initialisms in lists are postnominals as often as names.
    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && !SurfaceCues.IsAllCapitals(word) && !SurfaceCues.IsTitleWord(word) && !SurfaceCues.IsPersonalTitle(word)
        && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word);
}
