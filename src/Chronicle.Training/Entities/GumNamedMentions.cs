using System.Collections.Frozen;
using Chronicle.Entities;
using Chronicle.Training.Conllu;

namespace Chronicle.Training.Entities;

/// <summary>
/// Reads the named mentions of one GUM sentence (MISC <c>Entity=</c> brackets) as flat NER spans.
/// The rules, documented in models/README.md:
/// <list type="bullet">
/// <item>a mention is named when its head (the word whose syntactic head lies outside the mention) is PROPN;</item>
/// <item>its NER span is the name inside it: the run of proper-noun-like words around the head (PROPN, or
/// capitalised / numeric words), joined by at most two lower-case function words ("of the", "for", "de"), so
/// determiners, possessive 's, appositions and relative clauses fall outside; person names also lose a
/// leading title ("US President Barack Obama" → "Barack Obama"), and a title alone ("the President") is no name;</item>
/// <item>types: person → PERSON, organization → ORG, place → GPE (GPE vs LOC is left to a gazetteer), event → EVENT;
/// a person mention whose name is one plural proper noun ("Americans", "Muslims", "Democrats") is a group: NORP;</item>
/// <item>only outermost names are kept (an ORG "Henry Moore Foundation" hides the PERSON inside it); named mentions of
/// other GUM types (abstract, object, …) also hide what they contain and are then dropped.</item>
/// </list>
/// These are the recogniser's training and scoring rules (<see cref="GumNameConvention.Gum"/>); for measuring,
/// <see cref="GumNameConvention.WholeNames"/> reads the same brackets as news annotation writes names.
/// </summary>
public static class GumNamedMentions
{
    private const int MaxConnectors = 2;

    private static readonly FrozenSet<string> s_connectors = new[]
    {
        "of", "for", "the", "de", "du", "da", "do", "dos", "des", "von", "van", "der", "den", "la", "le", "del", "di", "y", "&", "-", "on", "upon", "al", "el", "bin", "ibn",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_titles = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice", "prime", "minister", "chancellor", "premier",
        "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "king", "queen",
        "prince", "princess", "pope", "general", "gen", "colonel", "col", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt",
        "admiral", "commander", "judge", "justice", "sir", "lord", "lady", "dame", "secretary", "chairman", "chairwoman", "ceo",
        "director", "ambassador", "bishop", "archbishop", "cardinal", "reverend", "rev", "father", "sheikh", "emperor", "empress",
        "officer", "detective", "inspector", "coach", "chief", "dean", "councillor", "councilman", "councilwoman", "saint", "st",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_suffixes = new[] { "jr", "sr", "ii", "iii", "iv" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A name found in a sentence: words [<see cref="Start"/>, <see cref="End"/>) (0-based) and its NER type, or null for a GUM type the NER does not label.</summary>
    public readonly record struct NamedSpan(int Start, int End, EntityType? Type);

    /// <summary>The outermost NER spans of a sentence, in order, none overlapping.</summary>
    public static IReadOnlyList<NamedSpan> Read(ConlluSentence sentence) => Read(sentence, GumNameConvention.Gum);

    /// <summary>The outermost NER spans of a sentence under a naming convention (<see cref="GumNameConvention"/>).</summary>
    public static IReadOnlyList<NamedSpan> Read(ConlluSentence sentence, GumNameConvention convention)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var wholeNames = convention == GumNameConvention.WholeNames;
        var words = sentence.Words;
        var candidates = new List<NamedSpan>();
        var brackets = Brackets(words);
        foreach (var (start, end, etype) in brackets)
        {
            var head = HeadOf(words, start, end);
            if (words[head].Upos != "PROPN")
            {
                // "nominee Ada Rennick": GUM heads a person mention by its role noun and attaches the name to it as
                // flat; as whole names, that name is the named mention.
                if (!wholeNames || etype != "person" || FlatName(words, start, end, head) is not { } name)
                {
                    continue;
                }

                head = name;
            }

            // The name may not run into a mention nested beside the head ("director of CAIR Alia Salem"), unless
            // that mention is a compound part of the name ("the Henry Moore Foundation").
            var (lower, upper) = (start, end);
            foreach (var (innerStart, innerEnd, _) in brackets)
            {
                if (innerStart >= start && innerEnd <= end && (innerEnd - innerStart) < (end - start) && (head < innerStart || head >= innerEnd)
                    && !words[HeadOf(words, innerStart, innerEnd)].Deprel.StartsWith("compound", StringComparison.Ordinal)
                    && !words[HeadOf(words, innerStart, innerEnd)].Deprel.StartsWith("flat", StringComparison.Ordinal)
                    && !(wholeNames && etype is "organization" or "place" && innerStart > head && IsOfComplement(words, innerStart) && words[HeadOf(words, innerStart, innerEnd)].Upos == "PROPN"))
                {
                    if (innerEnd <= head)
                    {
                        lower = Math.Max(lower, innerEnd);
                    }
                    else if (innerStart > head)
                    {
                        upper = Math.Min(upper, innerStart);
                    }
                }
            }

            var (coreStart, coreEnd) = Core(words, lower, upper, head, wholeNames);
            EntityType? type = etype switch
            {
                "person" => EntityType.PERSON,
                "organization" => EntityType.ORG,
                "place" => EntityType.GPE,
                "event" => EntityType.EVENT,
                _ => null,
            };
            if (type == EntityType.PERSON)
            {
                coreStart = StripTitle(words, coreStart, coreEnd);
                if (Enumerable.Range(coreStart, coreEnd - coreStart).All(i => IsTitle(words[i])))
                {
                    // "the President", "Mr. Speaker": a title standing for a person is not a name.
                    type = null;
                }
                if (coreEnd - coreStart == 1 && words[coreStart].Upos == "PROPN" && words[coreStart].Feats.Contains("Number=Plur", StringComparison.Ordinal))
                {
                    type = EntityType.NORP;
                }
            }

            candidates.Add(new NamedSpan(coreStart, coreEnd, type));
        }

        // Outermost first: longer spans win, then earlier ones; a span overlapping a kept one is dropped.
        candidates.Sort((x, y) => (y.End - y.Start) != (x.End - x.Start) ? (y.End - y.Start) - (x.End - x.Start) : x.Start - y.Start);
        var kept = new List<NamedSpan>();
        foreach (var candidate in candidates)
        {
            if (!kept.Any(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        kept.RemoveAll(k => k.Type is null);
        kept.Sort((x, y) => x.Start - y.Start);
        return kept;
    }

    /// <summary>Every bracketed mention of the sentence: word range [start, end) and GUM entity type.</summary>
    internal static List<(int Start, int End, string Type)> Brackets(IReadOnlyList<ConlluWord> words)
    {
        var open = new List<(string Group, string Type, int Start)>();
        var mentions = new List<(int, int, string)>();
        for (var i = 0; i < words.Count; i++)
        {
            var value = EntityValue(words[i].Misc);
            var p = 0;
            while (p < value.Length)
            {
                if (value[p] == '(')
                {
                    var close = value.IndexOfAny(['(', ')'], p + 1);
                    var bodyEnd = close < 0 ? value.Length : close;
                    var fields = value[(p + 1)..bodyEnd].Split('-', 3);
                    var group = fields[0];
                    var type = fields.Length > 1 ? fields[1] : "";
                    if (close >= 0 && value[close] == ')')
                    {
                        mentions.Add((i, i + 1, type));
                        p = close + 1;
                    }
                    else
                    {
                        open.Add((group, type, i));
                        p = bodyEnd;
                    }
                }
                else
                {
                    var close = value.IndexOf(')', p);
                    if (close < 0)
                    {
                        break;
                    }

                    var group = value[p..close];
                    var index = open.FindLastIndex(o => o.Group == group);
                    if (index >= 0)
                    {
                        mentions.Add((open[index].Start, i + 1, open[index].Type));
                        open.RemoveAt(index);
                    }

                    p = close + 1;
                }
            }
        }

        return mentions;
    }

    private static string EntityValue(string misc)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.StartsWith("Entity=", StringComparison.Ordinal))
            {
                return part["Entity=".Length..];
            }
        }

        return "";
    }

    /// <summary>The first word of the range whose head lies outside it.</summary>
    private static int HeadOf(IReadOnlyList<ConlluWord> words, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var head = words[i].Head - 1;
            if (head < start || head >= end)
            {
                return i;
            }
        }

        return start;
    }

    /// <summary>The first proper noun attached as flat to a common-noun head inside the range, or null.</summary>
    private static int? FlatName(IReadOnlyList<ConlluWord> words, int start, int end, int head)
    {
        if (words[head].Upos != "NOUN")
        {
            return null;
        }

        for (var i = head + 1; i < end; i++)
        {
            if (words[i].Upos == "PROPN" && words[i].Head - 1 == head && words[i].Deprel.StartsWith("flat", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    // "of" or "of the" right before a word: the word opens an "of" complement.
    private static bool IsOfComplement(IReadOnlyList<ConlluWord> words, int start) =>
        start > 0 && (words[start - 1].Form is "of" || (words[start - 1].Form is "the" && start > 1 && words[start - 2].Form is "of"));

    private static bool IsNameLike(ConlluWord word, bool wholeNames) =>
        word.Upos == "PROPN"
        || (wholeNames && word.Xpos is "NNP" or "NNPS")
        || (word.Upos is "NOUN" or "ADJ" or "NUM" or "X" && word.Form.Length > 0 && (char.IsUpper(word.Form[0]) || char.IsDigit(word.Form[0])));

    private static bool IsConnector(ConlluWord word) => s_connectors.Contains(word.Form);

    private static (int Start, int End) Core(IReadOnlyList<ConlluWord> words, int start, int end, int head, bool wholeNames)
    {
        var left = head;
        while (left > start)
        {
            if (IsNameLike(words[left - 1], wholeNames))
            {
                left--;
                continue;
            }

            var j = left - 1;
            while (j >= start && left - j <= MaxConnectors && IsConnector(words[j]))
            {
                j--;
            }

            if (j >= start && j < left - 1 && IsNameLike(words[j], wholeNames))
            {
                left = j;
                continue;
            }

            break;
        }

        var right = head + 1;
        while (right < end)
        {
            if (IsNameLike(words[right], wholeNames))
            {
                right++;
                continue;
            }

            var j = right;
            while (j < end && j - right < MaxConnectors && IsConnector(words[j]))
            {
                j++;
            }

            if (j < end && j > right && IsNameLike(words[j], wholeNames))
            {
                right = j + 1;
                continue;
            }

            break;
        }

        return (left, right);
    }

    /// <summary>Drops a leading title run ("President", "US President", "Prime Minister") when a name follows it.</summary>
    private static int StripTitle(IReadOnlyList<ConlluWord> words, int start, int end)
    {
        var first = IsTitle(words[start]) ? start : start + 1 < end && IsTitle(words[start + 1]) ? start + 1 : -1;
        if (first < 0)
        {
            return start;
        }

        var after = first;
        while (after < end && IsTitle(words[after]))
        {
            after++;
        }

        var rest = after < end ? words[after] : null;
        return rest is not null && rest.Upos == "PROPN" && !s_suffixes.Contains(Normal(rest.Form)) ? after : start;
    }

    private static bool IsTitle(ConlluWord word) => s_titles.Contains(Normal(word.Form));

    private static string Normal(string form) => form.TrimEnd('.').ToLowerInvariant();
}
