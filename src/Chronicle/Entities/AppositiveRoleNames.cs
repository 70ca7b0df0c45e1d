using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "Ivo Marsh Rennick, Peru coach, said", "Ada Rennick, the museum's curator, said": two or three capitalised words set
/// off by a comma and followed by an apposition that ends in a role noun (or a publication or group noun) are the name
/// of the person (or organisation) that apposition describes, where the recogniser missed it.
/// </summary>
internal static class AppositiveRoleNames
{
    private const int MaxNameTokens = 3;

    /// <summary>Most words between the comma and the role noun ("the national team's head").</summary>
    private const int MaxModifierTokens = 4;

    public static void AddMissed(Document document, List<ResolverMention> mentions)
    {
        for (var comma = 2; comma + 2 < document.Tokens.Length; comma++)
        {
            if (document.TextOf(comma) is not "," || !TryReadRole(document, comma, out var type))
            {
                continue;
            }

            var start = comma;
            while (start > 0 && comma - start < MaxNameTokens && IsNameWord(document, start - 1)
                && document.SentenceIndexOf(start - 1) == document.SentenceIndexOf(comma))
            {
                start--;
            }

            // One word alone could be any capitalised word before a comma; four or more are a title or a heading.
            var range = new TokenRange(start, comma);
            if (range.Length < 2 || (start > 0 && IsNameWord(document, start - 1) && document.SentenceIndexOf(start - 1) == document.SentenceIndexOf(comma))
                || mentions.Exists(m => m.Overlaps(range)))
            {
                continue;
            }

            mentions.Add(ResolverMention.Name(document, RecogniserSpans.WithHyphenatedParts(document, range, type), type, hasTypeCue: true));
        }
    }

    // ", Peru coach," / ", the museum's curator, said" / ", director of the gallery": up to four words, none a verb or
    // punctuation that closes the apposition, then a role noun followed by a comma, a full stop or "of"/"at"/"for".
    private static bool TryReadRole(Document document, int comma, out EntityType type)
    {
        type = EntityType.PERSON;
        var sentence = document.SentenceIndexOf(comma);
        for (var t = comma + 1; t < document.Tokens.Length && t - comma <= MaxModifierTokens + 1 && document.SentenceIndexOf(t) == sentence; t++)
        {
            var word = document.TextOf(t);
            if (word.Length > 0 && char.IsLower(word[0]) && RoleNounNames.TryGetType(word, out type))
            {
                return t + 1 < document.Tokens.Length && document.TextOf(t + 1) is "," or "." or "of" or "at" or "for";
            }

            if (!SurfaceCues.IsWord(word) && !SurfaceCues.IsPossessiveClitic(word) || document.Tokens[t].Pos is UniversalPos.VERB or UniversalPos.AUX)
            {
                return false;
            }
        }

        return false;
    }

    // A capitalised word that is no title, initialism, determiner or sentence opener, and a proper noun where tagged.
    private static bool IsNameWord(Document document, int t)
    {
        var word = document.TextOf(t);
        return SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && !SurfaceCues.IsAllCapitals(word) && !SurfaceCues.IsTitleWord(word)
            && !SurfaceCues.IsPersonalTitle(word) && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word)
            && document.Tokens[t].Pos is UniversalPos.PROPN or UniversalPos.None;
    }
}
