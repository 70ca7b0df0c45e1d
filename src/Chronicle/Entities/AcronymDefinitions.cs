using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "the Union of Secular Farmers and Fishers (USFF)", "deputies of Movimento 3 Valli (M3V)": a run of capitalised words
/// with an organisation's word in it ("Union", "Movimento", "Club"), followed by a bracketed initialism made of its
/// initials, is an organisation's name that the article defines, and the initialism its short form — where the
/// recogniser missed the name or took only part of it. Translated names may list the initials in another order
/// ("Lega … Pescatori Liberi" gives "LLPL" for "League of Free Fishers and Boatmen"): the same
/// letters, starting alike, are enough.
/// </summary>
internal static class AcronymDefinitions
{
    /// <summary>Longest name, in tokens, an initialism is matched against.</summary>
    private const int MaxNameTokens = 10;

    private static readonly string[] _connectors = ["of", "the", "for", "and", "on", "de", "in", "&", "di", "del", "della", "degli", "des", "du", "la", "le"];

    public static void AddMissed(Document document, List<ResolverMention> mentions)
    {
        for (var open = 2; open + 2 < document.Tokens.Length; open++)
        {
            if (document.TextOf(open) is not "(" || document.TextOf(open + 2) is not ")")
            {
                continue;
            }

            var acronym = document.TextOf(open + 1);
            if (acronym.Length is < 2 or > 8 || !SurfaceCues.IsAllCapitals(acronym) || !char.IsLetter(acronym[0]))
            {
                continue;
            }

            var start = NameStart(document, open, Letters(acronym));
            if (start < 0)
            {
                continue;
            }

            var name = new TokenRange(start, open);
            var inside = mentions.FindAll(m => m.Overlaps(name));
            if (!inside.Exists(m => m.Tokens == name))
            {
                if (inside.Exists(m => m.Tokens.Start < name.Start || m.Tokens.End > name.End || m.Entry is not null || m.Kind != MentionKind.Name))
                {
                    continue;
                }

                foreach (var part in inside)
                {
                    mentions.Remove(part);
                }

                mentions.Add(ResolverMention.Name(document, name, EntityType.ORG, hasTypeCue: true));
            }

            // The initialism in the brackets and wherever the article uses it later ("The USFF said").
            for (var t = open + 1; t < document.Tokens.Length; t++)
            {
                var use = new TokenRange(t, t + 1);
                if (document.TextOf(t).SequenceEqual(acronym) && !mentions.Exists(m => m.Overlaps(use)))
                {
                    mentions.Add(ResolverMention.Name(document, use, EntityType.ORG, hasTypeCue: true));
                }
            }
        }
    }

    // The nearest start of a run of name words and connectors, ending before the bracket, whose initials are the
    // initialism's letters and digits; -1 when there is none or the run has no organisation's word.
    private static int NameStart(Document document, int open, string letters)
    {
        var sentence = document.SentenceIndexOf(open);
        for (var start = open - 1; start >= 0 && open - start <= MaxNameTokens && document.SentenceIndexOf(start) == sentence; start--)
        {
            var word = document.TextOf(start);
            var isConnector = Array.IndexOf(_connectors, word.ToString()) >= 0;
            if (!isConnector && !IsNamePart(word))
            {
                return -1;
            }

            if (isConnector || !SurfaceCues.StartsUpper(word) || SurfaceCues.IsDeterminer(word))
            {
                continue;
            }

            var initials = Initials(document, start, open);
            if (initials.Length == letters.Length && initials[0] == letters[0] && SameLetters(initials, letters))
            {
                return HasOrganisationWord(document, start, open) ? start : -1;
            }

            if (initials.Length >= letters.Length)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsNamePart(ReadOnlySpan<char> word) =>
        (SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word)) || (word.Length > 0 && char.IsDigit(word[0]) && word.Length <= 4);

    private static string Initials(Document document, int start, int end)
    {
        Span<char> buffer = stackalloc char[end - start];
        var n = 0;
        for (var t = start; t < end; t++)
        {
            var word = document.TextOf(t);
            if (Array.IndexOf(_connectors, word.ToString()) < 0 && word.Length > 0 && char.IsLetterOrDigit(word[0]))
            {
                buffer[n++] = char.ToUpperInvariant(word[0]);
            }
        }

        return new string(buffer[..n]);
    }

    private static string Letters(ReadOnlySpan<char> acronym)
    {
        Span<char> buffer = stackalloc char[acronym.Length];
        var n = 0;
        foreach (var c in acronym)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    private static bool SameLetters(string a, string b)
    {
        var x = a.ToCharArray();
        var y = b.ToCharArray();
        Array.Sort(x);
        Array.Sort(y);
        return x.AsSpan().SequenceEqual(y);
    }

    private static bool HasOrganisationWord(Document document, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (MentionTyper.IsOrganisationWord(document.TextOf(t)))
            {
                return true;
            }
        }

        return false;
    }
}
