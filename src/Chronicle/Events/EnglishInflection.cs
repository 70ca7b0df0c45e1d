using System.Collections.Frozen;

namespace Chronicle.Events;

/// <summary>
/// Light English inflection for lexicon words: from a lemma, the forms it can take in text (3rd person / plural,
/// past, participles, -ing). Generating forms from the few hundred lexicon lemmas, rather than stripping suffixes
/// from every token, keeps the matcher to one dictionary lookup per token and never invents a lemma. Forms that
/// do not exist in English (both "visited" and "visitted" are produced) are harmless: no text contains them.
/// Used until a tagger supplies lemmas, and alongside it for tokens the tagger leaves unlemmatised.
/// </summary>
internal static class EnglishInflection
{
    // Closed-class words in phrases ("call on", "pull out", "cut ~ ties with"): never inflected.
    private static readonly FrozenSet<string> s_uninflected = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "on", "in", "at", "to", "of", "for", "with", "against", "from", "into", "onto", "over",
        "out", "off", "up", "down", "back", "away", "by", "about", "not", "no", "that", "whether", "if", "as",
        "it", "its", "their", "his", "her", "next", "this", "last", "later", "than", "n't", "'s",
        // Modal auxiliaries are separate cues in modality.tsv ("will" planned, "would" hypothetical): never forms of each other.
        "will", "would", "wo", "can", "could", "ca", "may", "might", "shall", "should", "must", "ought",
    ], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> s_irregular = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["be"] = ["am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m"],
        ["have"] = ["has", "had", "having", "'ve", "'d"],
        ["do"] = ["does", "did", "done", "doing"],
        ["go"] = ["goes", "went", "gone", "going"],
        ["hold"] = ["held"],
        ["meet"] = ["met"],
        ["send"] = ["sent"],
        ["lend"] = ["lent"],
        ["spend"] = ["spent"],
        ["build"] = ["built"],
        ["cut"] = ["cut"],
        ["put"] = ["put"],
        ["set"] = ["set"],
        ["hit"] = ["hit"],
        ["shut"] = ["shut"],
        ["let"] = ["let"],
        ["quit"] = ["quit"],
        ["bid"] = ["bid"],
        ["broadcast"] = ["broadcast"],
        ["forecast"] = ["forecast"],
        ["upset"] = ["upset"],
        ["shed"] = ["shed"],
        ["spread"] = ["spread"],
        ["beat"] = ["beat", "beaten"],
        ["strike"] = ["struck", "stricken"],
        ["fight"] = ["fought"],
        ["shoot"] = ["shot"],
        ["seek"] = ["sought"],
        ["bring"] = ["brought"],
        ["buy"] = ["bought"],
        ["think"] = ["thought"],
        ["teach"] = ["taught"],
        ["catch"] = ["caught"],
        ["give"] = ["gave", "given"],
        ["forgive"] = ["forgave", "forgiven"],
        ["take"] = ["took", "taken"],
        ["undertake"] = ["undertook", "undertaken"],
        ["overtake"] = ["overtook", "overtaken"],
        ["shake"] = ["shook", "shaken"],
        ["make"] = ["made"],
        ["say"] = ["said"],
        ["pay"] = ["paid"],
        ["lay"] = ["laid"],
        ["tell"] = ["told"],
        ["sell"] = ["sold"],
        ["speak"] = ["spoke", "spoken"],
        ["break"] = ["broke", "broken"],
        ["freeze"] = ["froze", "frozen"],
        ["steal"] = ["stole", "stolen"],
        ["choose"] = ["chose", "chosen"],
        ["wake"] = ["woke", "woken"],
        ["swear"] = ["swore", "sworn"],
        ["tear"] = ["tore", "torn"],
        ["wear"] = ["wore", "worn"],
        ["bear"] = ["bore", "borne", "born"],
        ["drive"] = ["drove", "driven"],
        ["ride"] = ["rode", "ridden"],
        ["rise"] = ["rose", "risen"],
        ["arise"] = ["arose", "arisen"],
        ["write"] = ["wrote", "written"],
        ["overthrow"] = ["overthrew", "overthrown"],
        ["throw"] = ["threw", "thrown"],
        ["blow"] = ["blew", "blown"],
        ["know"] = ["knew", "known"],
        ["grow"] = ["grew", "grown"],
        ["draw"] = ["drew", "drawn"],
        ["withdraw"] = ["withdrew", "withdrawn"],
        ["see"] = ["saw", "seen"],
        ["oversee"] = ["oversaw", "overseen"],
        ["foresee"] = ["foresaw", "foreseen"],
        ["forbid"] = ["forbade", "forbidden"],
        ["hide"] = ["hid", "hidden"],
        ["bite"] = ["bit", "bitten"],
        ["begin"] = ["began", "begun"],
        ["run"] = ["ran", "run"],
        ["come"] = ["came", "come"],
        ["become"] = ["became", "become"],
        ["overcome"] = ["overcame", "overcome"],
        ["win"] = ["won"],
        ["lose"] = ["lost"],
        ["leave"] = ["left"],
        ["lead"] = ["led"],
        ["mislead"] = ["misled"],
        ["feed"] = ["fed"],
        ["flee"] = ["fled"],
        ["bleed"] = ["bled"],
        ["keep"] = ["kept"],
        ["sweep"] = ["swept"],
        ["mean"] = ["meant"],
        ["deal"] = ["dealt"],
        ["feel"] = ["felt"],
        ["stand"] = ["stood"],
        ["understand"] = ["understood"],
        ["withstand"] = ["withstood"],
        ["uphold"] = ["upheld"],
        ["withhold"] = ["withheld"],
        ["bind"] = ["bound"],
        ["find"] = ["found"],
        ["sink"] = ["sank", "sunk"],
        ["sting"] = ["stung"],
        ["hang"] = ["hung"],
        ["fly"] = ["flew", "flown"],
        ["fall"] = ["fell", "fallen"],
        ["hear"] = ["heard"],
        ["slay"] = ["slew", "slain"],
        ["light"] = ["lit"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True for words that phrases use uninflected (prepositions, particles, determiners).</summary>
    public static bool IsClosedClass(string word) => s_uninflected.Contains(word);

    /// <summary>The lemma itself and every form generated from it, lower-cased, without duplicates.</summary>
    public static IReadOnlyList<string> Forms(string lemma)
    {
        var forms = new List<string> { lemma };
        if (s_uninflected.Contains(lemma) || lemma.Length < 2 || !char.IsLetter(lemma[^1]))
        {
            return forms;
        }

        if (s_irregular.TryGetValue(lemma, out var irregular))
        {
            forms.AddRange(irregular);
        }

        forms.Add(ThirdPerson(lemma));
        var stem = lemma;
        if (lemma.EndsWith('e'))
        {
            stem = lemma[..^1];
            forms.Add(lemma + "d");
            forms.Add(lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying" : (lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma + "ing" : stem + "ing"));
        }
        else if (EndsConsonantY(lemma))
        {
            forms.Add(lemma[..^1] + "ied");
            forms.Add(lemma + "ing");
        }
        else
        {
            forms.Add(lemma + "ed");
            forms.Add(lemma + "ing");
            if (EndsConsonantVowelConsonant(lemma))
            {
                // ban -> banned, cancel -> cancelled (British), target -> targetted never occurs in text.
                var doubled = lemma + lemma[^1];
                forms.Add(doubled + "ed");
                forms.Add(doubled + "ing");
            }

            if (lemma.EndsWith('c'))
            {
                forms.Add(lemma + "ked"); // panic -> panicked
                forms.Add(lemma + "king");
            }
        }

        return Distinct(forms);
    }

    private static string ThirdPerson(string lemma)
    {
        if (EndsConsonantY(lemma))
        {
            return lemma[..^1] + "ies";
        }

        return lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal)
            || lemma.EndsWith("sh", StringComparison.Ordinal) || (lemma.EndsWith('o') && !lemma.EndsWith("oo", StringComparison.Ordinal))
            ? lemma + "es"
            : lemma + "s";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsConsonantY(string word) => word.Length > 2 && word[^1] == 'y' && !IsVowel(word[^2]);

    private static bool EndsConsonantVowelConsonant(string word) =>
        word.Length >= 3 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3]);

    private static List<string> Distinct(List<string> forms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        forms.RemoveAll(f => !seen.Add(f));
        return forms;
    }
}
