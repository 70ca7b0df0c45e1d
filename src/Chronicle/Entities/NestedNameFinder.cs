using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Mentions the recogniser's spans hold or miss that no knowledge base lists: names inside facility and administrative
/// names, and Korean and Chinese personal names.
/// </summary>
internal static class NestedNameFinder
{
    /// <summary>
    /// "Seo Min-jun", "Park Min-Jae", "Tsai Ing-wen": a common Korean or Chinese family name followed by a
    /// capitalised given name of two syllables joined by a hyphen is a person's name, which the recogniser, trained
    /// on few such names, often misses.
    /// </summary>
    public static void AddEastAsianNames(Document document, List<ResolverMention> mentions)
    {
        var tokens = document.Tokens;
        for (var t = 0; t + 3 < tokens.Length; t++)
        {
            if (!EastAsianNames.IsFamilyName(document.TextOf(t)) || !SurfaceCues.StartsUpper(document.TextOf(t + 1)) || document.TextOf(t + 2) is not "-"
                || tokens[t + 1].End != tokens[t + 2].Start || tokens[t + 2].End != tokens[t + 3].Start || !IsLetters(document.TextOf(t + 3))
                || tokens[t].End == tokens[t + 1].Start || document.SentenceIndexOf(t) != document.SentenceIndexOf(t + 3))
            {
                continue;
            }

            var range = new TokenRange(t, t + 4);
            if (mentions.Exists(m => m.Overlaps(range)))
            {
                continue;
            }

            mentions.Add(ResolverMention.Name(document, range, EntityType.PERSON, hasTypeCue: false, isNested: false));
            t += 3;
        }
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>
    /// Names inside facility and administrative names that the knowledge base does not know: the place a station,
    /// stadium or arena is named after ("Elmwood Station", "Brackford Stadium"), the person a memorial is named after
    /// ("Lindqvist Memorial Hall"), and the town a municipality or province is of ("Municipality of Arezzo").
    /// </summary>
    public static void AddNestedNames(Document document, List<ResolverMention> mentions)
    {
        var count = mentions.Count;
        for (var m = 0; m < count; m++)
        {
            var outer = mentions[m];
            if (outer.Tokens.Length < 2 || outer.Entry is not null || outer.Kind != MentionKind.Name)
            {
                continue;
            }

            var start = outer.Tokens.Start;
            var last = outer.Tokens.End - 1;
            TokenRange inner = default;
            var type = EntityType.GPE;
            if (document.TextOf(last) is "Station" or "Stadium" or "Arena")
            {
                inner = new TokenRange(start, last);
                type = SurfaceCues.IsFacilityHead(document.TextOf(last - 1)) ? EntityType.FAC : EntityType.GPE;
            }
            else if (IndexOf(document, outer.Tokens, "Memorial") is var memorial and > 0 && memorial > start)
            {
                inner = new TokenRange(start, memorial);
                type = EntityType.PERSON;
            }
            else if (outer.Tokens.Length >= 3 && document.TextOf(start + 1) is "of" && IsAdministrativeUnit(document.TextOf(start)))
            {
                inner = new TokenRange(start + 2, outer.Tokens.End);
            }

            if (inner.IsEmpty || inner.Length > 4 || !IsCapitalisedRun(document, inner) || mentions.Exists(o => o.Tokens == inner))
            {
                continue;
            }

            mentions.Add(ResolverMention.Name(document, inner, type, hasTypeCue: false, isNested: true));
        }
    }

    private static int IndexOf(Document document, TokenRange range, string word)
    {
        for (var t = range.Start; t < range.End; t++)
        {
            if (document.TextOf(t).SequenceEqual(word))
            {
                return t;
            }
        }

        return -1;
    }

    // Generic words that name no place on their own: "Central Station", "National Stadium", "Olympic Arena".
    private static bool IsCapitalisedRun(Document document, TokenRange range)
    {
        for (var t = range.Start; t < range.End; t++)
        {
            var word = document.TextOf(t);
            if (!(SurfaceCues.StartsUpper(word) || word is "-") || word is "Central" or "National" or "International" or "Olympic" or "Grand" or "Main"
                or "City" or "New" or "Old" or "North" or "South" or "East" or "West" or "Union" or "Memorial" or "Municipal" or "State")
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAdministrativeUnit(ReadOnlySpan<char> word) =>
        word is "Municipality" or "Province" or "County" or "Region" or "District" or "Prefecture" or "Comune" or "Commune" or "Borough";
}
