using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "the athletes Ivo Marsh (tennis) and Ada Rennick (golf)", "the religious schools San Carlo and Assunta", "the
/// banks Velora and Nortek": a lower-case plural noun for people or for organisations, followed by a list of two or
/// more names, says what each item of the list is. Items the recogniser missed are added; an item it typed otherwise
/// (a school's saint's name read as a person) takes the noun's type. After "such as" ("bands such as The Copper
/// Lanes") one example is enough. A plural noun is no one item's title.
/// </summary>
internal static class PluralNounLists
{
    private const int MaxNameTokens = 3;

    /// <summary>Longest parenthesis after an item ("(tennis)", "(Denmark, 2004)").</summary>
    private const int MaxParenthesisTokens = 5;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _personNouns = Set(
        "athletes", "players", "goalkeepers", "strikers", "coaches", "managers", "teammates", "spokesmen", "spokeswomen",
        "ministers", "presidents", "directors", "professors", "researchers", "scientists", "economists", "analysts",
        "lawyers", "attorneys", "judges", "senators", "governors", "mayors", "founders", "editors", "reporters",
        "journalists", "authors", "writers", "novelists", "poets", "actors", "actresses", "singers", "musicians",
        "rappers", "comedians", "artists", "painters", "designers", "photographers", "curators", "architects",
        "officers", "commanders", "diplomats", "ambassadors", "candidates", "activists", "students", "teachers",
        "brothers", "sisters", "cousins", "astronauts", "cyclists", "runners", "swimmers", "drivers", "leaders");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _organisationNouns = Set(
        "schools", "colleges", "universities", "companies", "firms", "banks", "carriers", "airlines", "broadcasters",
        "newspapers", "magazines", "publishers", "bands", "clubs", "teams", "parties", "charities", "churches",
        "hospitals", "retailers", "supermarkets", "carmakers", "automakers", "insurers", "startups");

    /// <summary>Whether <paramref name="word"/> is a plural noun this rule reads; such a noun titles no single name.</summary>
    public static bool IsPluralHead(ReadOnlySpan<char> word) => _personNouns.Contains(word) || _organisationNouns.Contains(word);

    public static void AddMissed(Document document, List<ResolverMention> mentions)
    {
        for (var noun = 0; noun + 3 < document.Tokens.Length; noun++)
        {
            var word = document.TextOf(noun);
            if (word.Length == 0 || !char.IsLower(word[0]) || !IsPluralHead(word))
            {
                continue;
            }

            var type = _personNouns.Contains(word) ? EntityType.PERSON : EntityType.ORG;

            // "bands such as The Copper Lanes", "such bands as …": examples of the noun, one of them enough.
            var first = noun + 1;
            var examples = false;
            if (noun > 0 && document.TextOf(noun - 1) is "such" && document.TextOf(first) is "as")
            {
                first++;
                examples = true;
            }
            else if (first + 2 < document.Tokens.Length && document.TextOf(first) is "," && document.TextOf(first + 1) is "such" && document.TextOf(first + 2) is "as")
            {
                first += 3;
                examples = true;
            }
            else if (first + 1 < document.Tokens.Length && document.TextOf(first) is "such" && document.TextOf(first + 1) is "as")
            {
                first += 2;
                examples = true;
            }

            var items = ReadList(document, first);
            if (items.Count < (examples ? 1 : 2))
            {
                continue;
            }

            var list = new TokenRange(items[0].Start, items[^1].End);
            foreach (var item in items)
            {
                Apply(document, mentions, item, list, type);
            }
        }
    }

    private static void Apply(Document document, List<ResolverMention> mentions, TokenRange item, TokenRange list, EntityType type)
    {
        // A knowledge-base name in the list keeps its own type ("the banks Velora and Barclays"), and a mention running
        // out of the list ("Assunta in Pisa") is read another way.
        var overlapping = mentions.FindAll(m => m.Overlaps(item));
        if (overlapping.Exists(m => m.Entry is not null || m.Kind != MentionKind.Name || m.Tokens.Start < list.Start || m.Tokens.End > list.End))
        {
            return;
        }

        if (overlapping.Count == 1 && overlapping[0].Tokens == item)
        {
            overlapping[0].Type = type;
            overlapping[0].HasTypeCue = true;
            return;
        }

        // The recogniser's mention of part of this item ("Assunta" of "San Carlo"), or of two items at once ("San Carlo
        // and Assunta"), gives way to the item.
        foreach (var mention in overlapping)
        {
            mentions.Remove(mention);
        }

        mentions.Add(ResolverMention.Name(document, item, type, hasTypeCue: true));
    }

    // "Ivo Marsh (tennis) and Ada Rennick (golf)", "San Carlo, Assunta and Velora": names, each maybe with a short
    // parenthesis, joined by commas and a final "and"/"or"; the list ends at the first thing that is none of these.
    private static List<TokenRange> ReadList(Document document, int start)
    {
        var items = new List<TokenRange>(4);
        var sentence = document.SentenceIndexOf(start - 1);
        var t = start;
        while (t < document.Tokens.Length && document.SentenceIndexOf(t) == sentence)
        {
            // "The Copper Lanes": a determiner before an item is no part of its name.
            if (document.TextOf(t) is "The" or "the" && t + 1 < document.Tokens.Length)
            {
                t++;
            }

            var end = t;
            while (end < document.Tokens.Length && end - t < MaxNameTokens && IsNameWord(document.TextOf(end)))
            {
                end++;
            }

            if (end == t || (end < document.Tokens.Length && IsNameWord(document.TextOf(end))) || document.Tokens[end - 1].Pos is not (UniversalPos.PROPN or UniversalPos.None))
            {
                break;
            }

            // "Velora Bank's": a possessive item names what it owns, no item of the list.
            if (end < document.Tokens.Length && SurfaceCues.IsPossessiveClitic(document.TextOf(end)))
            {
                break;
            }

            items.Add(new TokenRange(t, end));
            t = SkipParenthesis(document, end);
            if (t + 1 >= document.Tokens.Length)
            {
                break;
            }

            var separator = document.TextOf(t);
            if (separator is "and" or "or")
            {
                t++;
            }
            else if (separator is ",")
            {
                t++;
                if (document.TextOf(t) is "and" or "or")
                {
                    t++;
                }
            }
            else
            {
                break;
            }
        }

        return items;
    }

    private static int SkipParenthesis(Document document, int t)
    {
        if (t >= document.Tokens.Length || document.TextOf(t) is not "(")
        {
            return t;
        }

        for (var close = t + 1; close < document.Tokens.Length && close - t <= MaxParenthesisTokens; close++)
        {
            if (document.TextOf(close) is ")")
            {
                return close + 1;
            }
        }

        return t;
    }

    // A capitalised word that is no title ("General"), initialism, determiner or sentence opener.
    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && !SurfaceCues.IsAllCapitals(word) && !SurfaceCues.IsTitleWord(word)
        && !SurfaceCues.IsPersonalTitle(word) && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
