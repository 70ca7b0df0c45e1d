using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "the team's goalkeeper Ivo Marsh was replaced", "the novelist Ada Rennick", "the magazine Velora": up to three
/// capitalised words right after a lower-case noun for a person's role or occupation, or for a publication or group,
/// are that person's or organisation's name, where the recogniser missed it.
/// </summary>
internal static class RoleNounNames
{
    private const int MaxNameTokens = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _roleNouns = Set(
        "goalkeeper", "striker", "midfielder", "defender", "forward", "captain", "coach", "manager", "player", "teammate",
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "chairman", "chairwoman", "director",
        "professor", "researcher", "scientist", "economist", "analyst", "lawyer", "attorney", "prosecutor", "judge",
        "senator", "governor", "mayor", "founder", "editor", "reporter", "journalist", "correspondent", "author",
        "writer", "novelist", "poet", "actor", "actress", "singer", "musician", "rapper", "comedian", "artist",
        "painter", "designer", "photographer", "curator", "architect", "officer", "commander", "diplomat",
        "ambassador", "envoy", "candidate", "activist", "student", "teacher", "philosopher", "historian", "conductor",
        "composer", "producer", "filmmaker", "entrepreneur", "businessman", "businesswoman", "billionaire", "congressman",
        "congresswoman", "lawmaker", "nominee", "physicist", "astronaut");

    // Nouns for a publication or a group: "the magazine Velora", "the band Copper Lanes".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _organisationNouns = Set(
        "magazine", "newspaper", "tabloid", "broadcaster", "band", "company", "firm", "startup",
        "publisher", "label", "airline", "charity", "website", "team", "club", "group", "party", "brand", "bank", "network");

    /// <summary>The type a lower-case role noun ("coach") or organisation noun ("magazine") gives the name it describes.</summary>
    public static bool TryGetType(ReadOnlySpan<char> word, out EntityType type)
    {
        type = _roleNouns.Contains(word) ? EntityType.PERSON : EntityType.ORG;
        return _roleNouns.Contains(word) || _organisationNouns.Contains(word);
    }

    public static void AddMissed(Document document, List<ResolverMention> mentions)
    {
        for (var noun = 0; noun + 2 < document.Tokens.Length; noun++)
        {
            var word = document.TextOf(noun);
            if (word.Length == 0 || !char.IsLower(word[0]) || !(_roleNouns.Contains(word) || _organisationNouns.Contains(word)))
            {
                continue;
            }

            var type = _roleNouns.Contains(word) ? EntityType.PERSON : EntityType.ORG;

            // "US team Velorix", "the band Copper Lanes" read as a person: the recogniser's name right after an
            // organisation noun is that organisation, whatever it guessed.
            if (type == EntityType.ORG && mentions.Find(m => m.Tokens.Start == noun + 1) is { Entry: null, Kind: MentionKind.Name } named
                && named.Tokens.Length <= MaxNameTokens && named.Type != EntityType.ORG && AllNameWords(document, named.Tokens))
            {
                named.Type = EntityType.ORG;
                named.HasTypeCue = true;
                continue;
            }

            var start = noun + 1;
            var end = start;
            while (end < document.Tokens.Length && end - start < MaxNameTokens + 1 && IsNameWord(document.TextOf(end))
                && document.SentenceIndexOf(end) == document.SentenceIndexOf(noun))
            {
                end++;
            }

            // Up to three words, then no further capitalised word: "Ivo Marsh was", "Ivo Marsh, who". One word only before
            // punctuation, a verb or "and" with another name ("the magazine Velora said", not "the student Olympiad in"), and when the article
            // never writes it in lower case (no common noun capitalised).
            if (end - start is < 1 or > MaxNameTokens || (end < document.Tokens.Length && SurfaceCues.StartsUpper(document.TextOf(end)) && SurfaceCues.IsWord(document.TextOf(end)))
                || (end - start == 1 && (end >= document.Tokens.Length || !(document.TextOf(end) is "," or "." or ";" or ")" || document.Tokens[end].Pos is UniversalPos.VERB or UniversalPos.AUX
                    || IsListAnd(document, end)
                    || (document.Tokens[end].Pos == UniversalPos.None && char.IsLower(document.TextOf(end)[0])))
                    || CoordinatedNames.IsWrittenLowerElsewhere(document, document.TextOf(start)))))
            {
                continue;
            }

            // "the student Chess Olympiad team": capitalised words before a noun modify it and name nothing.
            if (end < document.Tokens.Length && document.Tokens[end].Pos == UniversalPos.NOUN)
            {
                continue;
            }

            // "Hau Ming-bin": a hyphenated given name's lower-case part is the name's too.
            var range = RecogniserSpans.WithHyphenatedParts(document, new TokenRange(start, end), type);
            if (mentions.Exists(m => m.Overlaps(range)))
            {
                continue;
            }

            mentions.Add(ResolverMention.Name(document, range, type, hasTypeCue: true));
        }
    }

    // "the team Velorix and Nortek": a list of names goes on after the one word.
    private static bool IsListAnd(Document document, int t) =>
        t + 1 < document.Tokens.Length && document.TextOf(t) is "and" or "or" && IsNameWord(document.TextOf(t + 1));

    private static bool AllNameWords(Document document, TokenRange range)
    {
        for (var t = range.Start; t < range.End; t++)
        {
            if (!IsNameWord(document.TextOf(t)))
            {
                return false;
            }
        }

        return true;
    }

    // A capitalised word that is no title ("General"), determiner or sentence opener.
    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && !SurfaceCues.IsAllCapitals(word) && !SurfaceCues.IsTitleWord(word)
        && !SurfaceCues.IsPersonalTitle(word) && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
