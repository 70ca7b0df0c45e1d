using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Time;

/// <summary>
/// Works out whether the clause around a time expression speaks of the past or the future, from the verb forms
/// nearest to it: "met ... on Monday" (past), "talks scheduled for Tuesday" (future), "will meet on Friday".
/// Reads word forms, so it works before any tagger runs; once a POS tagger has set <see cref="TokenData.Pos"/>,
/// only verbs and auxiliaries count as cues, which keeps "armed forces" or "the will of the people" out.
/// </summary>
public static class TenseDetector
{
    private const int Window = 12;

    // Auxiliaries and verbs that point ahead, and the irregular past forms a news story uses most. Words that are
    // as often present as past ("put", "set", "read", "cut", "hit") are left out.
    private static readonly FrozenDictionary<string, Tense> s_cues = BuildCues();

    private static readonly FrozenDictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_cues.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_reportingVerbs = new[]
    {
        "said", "says", "say", "told", "added", "stated", "reported", "noted", "explained", "announced", "wrote",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_reportingLookup =
        s_reportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_notPast = new[]
    {
        "need", "speed", "seed", "feed", "bed", "red", "bred", "hundred", "indeed", "shed", "embed", "proceed", "exceed",
        "succeed", "breed", "creed", "greed", "weed", "deed", "heed", "bleed", "sled", "wed", "fled", "led", "sped",
        "naked", "wicked", "sacred", "kindred", "rugged", "ragged", "beloved", "learned", "aged", "alleged",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notPastLookup =
        s_notPast.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tense of the clause around tokens [<paramref name="start"/>, <paramref name="end"/>) of a sentence.</summary>
    public static Tense Detect(Document document, TokenRange sentence, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;
        // Left first, so that a tie goes to the verb before the expression ("met ... on Monday").
        for (var i = start - 1; i >= sentence.Start && start - i <= Window; i--)
        {
            if (IsClauseBreak(document, i))
            {
                break;
            }

            var cue = InVerbGroup(document, i, sentence, CueAt(document, i, sentence));
            if (cue != Tense.Unknown)
            {
                best = cue;
                bestDistance = start - i;
                break;
            }
        }

        var crossedComma = false;
        for (var i = end; i < sentence.End && i - end + 1 < bestDistance && i - end < Window; i++)
        {
            if (IsClauseBreak(document, i))
            {
                break;
            }

            crossedComma |= document.TextOf(i) is ",";
            // "..., he said." reports the sentence; its tense is the reporter's, not the event's.
            if (crossedComma && s_reportingLookup.Contains(document.TextOf(i)))
            {
                continue;
            }

            var cue = InVerbGroup(document, i, sentence, CueAt(document, i, sentence));
            if (cue != Tense.Unknown)
            {
                return cue;
            }
        }

        return best;
    }

    /// <summary>
    /// A participle takes the tense of its auxiliaries: "will be held" is future, "is expected" present, while
    /// "has been held" stays past. Looks back over at most three auxiliaries or adverbs.
    /// </summary>
    private static Tense InVerbGroup(Document document, int i, TokenRange sentence, Tense cue)
    {
        if (cue != Tense.Past)
        {
            return cue;
        }

        for (var j = i - 1; j >= sentence.Start && i - j <= 3; j--)
        {
            var word = document.TextOf(j);
            if (word is "will" or "Will" or "'ll" or "\u2019ll" or "shall" or "would" or "wo")
            {
                return Tense.Future;
            }

            if (word is "is" or "are" or "am")
            {
                return Tense.Present;
            }

            // "due to be signed", "expected to be completed": an infinitive points ahead.
            if (word is "to")
            {
                return Tense.Future;
            }

            if (!(word is "be" or "been" or "being" or "not" or "n't" or "n\u2019t" or "never" or "also" or "still" or "already" or "have" or "has" or "had"))
            {
                break;
            }
        }

        return cue;
    }

    private static bool IsClauseBreak(Document document, int i) => document.TextOf(i) is ";" or ":";

    private static Tense CueAt(Document document, int i, TokenRange sentence)
    {
        var word = document.TextOf(i);
        var pos = document.Tokens[i].Pos;
        if (pos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PUNCT or UniversalPos.NUM)
        {
            return Tense.Unknown;
        }

        if (s_lookup.TryGetValue(word, out var cue))
        {
            // "was expected to end on December 15", "were scheduled for Monday": a plan told in the past points
            // neither way from publication; the nearest reading is the safest.
            if (cue == Tense.Future && word is not ("will" or "'ll" or "\u2019ll" or "shall" or "wo" or "would") && WasBefore(document, i, sentence))
            {
                return Tense.FutureInPast;
            }

            // "died due to a landslide": before a noun phrase "due to" is a preposition, not "due to be signed".
            if (word is "due" or "Due" && i + 2 < sentence.End && document.TextOf(i + 1) is "to" && StartsNounPhrase(document.TextOf(i + 2)))
            {
                return Tense.Unknown;
            }

            // "is to travel", "are set to", "was expected to": be + to points ahead.
            if (cue == Tense.Present && i + 1 < sentence.End && document.TextOf(i + 1) is "to")
            {
                return Tense.Future;
            }

            if (cue == Tense.Present && i + 2 < sentence.End && document.TextOf(i + 1) is "going" && document.TextOf(i + 2) is "to")
            {
                return Tense.Future;
            }

            // "is hosting talks on Friday": the progressive with a date is an arrangement, not a report.
            if (cue == Tense.Present && i + 1 < sentence.End && document.TextOf(i) is "is" or "are" or "am"
                && document.TextOf(i + 1) is { Length: > 5 } next && next.EndsWith("ing", StringComparison.Ordinal))
            {
                return Tense.Future;
            }

            return cue;
        }

        // Without a tagger an "-ed" word is taken for a past verb; with one, only if it is tagged a verb.
        if ((pos == UniversalPos.None || pos is UniversalPos.VERB or UniversalPos.AUX)
            && word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
            && !s_notPastLookup.Contains(word) && !(word.EndsWith("eed", StringComparison.Ordinal) && !IsPastEed(word)))
        {
            return Tense.Past;
        }

        return Tense.Unknown;
    }

    /// <summary>"was" or "were" right before the word, or one adverb before it ("was originally scheduled").</summary>
    private static bool WasBefore(Document document, int i, TokenRange sentence)
    {
        for (var j = i - 1; j >= sentence.Start && i - j <= 2; j--)
        {
            var word = document.TextOf(j);
            if (word is "was" or "were")
            {
                return true;
            }

            if (!word.EndsWith("ly", StringComparison.Ordinal) && word is not ("also" or "then" or "still"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool StartsNounPhrase(ReadOnlySpan<char> word) =>
        word is "a" or "an" or "the" or "this" or "that" or "these" or "those" or "his" or "her" or "its" or "their" or "our" or "my" or "your"
            || (word.Length > 0 && (char.IsAsciiDigit(word[0]) || char.IsUpper(word[0])));

    private static bool IsPastEed(ReadOnlySpan<char> word) =>
        word is "agreed" or "freed" or "disagreed" or "guaranteed" or "decreed" or "refereed";

    private static FrozenDictionary<string, Tense> BuildCues()
    {
        var cues = new Dictionary<string, Tense>(StringComparer.OrdinalIgnoreCase);
        foreach (var future in new[]
        {
            "will", "'ll", "\u2019ll", "shall", "wo", "would", "scheduled", "slated", "planned", "plans", "plan", "planning",
            "expected", "expects", "expect", "due", "intends", "intend", "aims", "upcoming", "set", "poised", "hopes",
        })
        {
            cues[future] = Tense.Future;
        }

        foreach (var present in new[] { "is", "are", "am", "'re", "\u2019re", "does", "do", "says", "say" })
        {
            cues[present] = Tense.Present;
        }

        foreach (var past in new[]
        {
            "was", "were", "had", "did", "said", "told", "met", "held", "went", "came", "made", "took", "gave", "saw",
            "found", "left", "began", "won", "lost", "fought", "paid", "sent", "spoke", "wrote", "ran", "brought",
            "bought", "thought", "knew", "got", "became", "fell", "rose", "struck", "stood", "sought", "told", "sold",
            "built", "drove", "flew", "grew", "threw", "broke", "chose", "ate", "felt", "kept", "meant", "heard",
            "understood", "withdrew", "overtook", "undertook", "forgave", "froze", "shook", "swore", "tore", "wore",
            "hung", "rang", "sang", "sank", "spent", "lent", "bent", "dealt", "fed", "bled", "slept", "swept", "wept",
            "shot", "lit", "quit", "arose", "awoke", "beat", "bit", "blew", "caught", "taught", "drew", "forgot", "hid",
            "led", "fled", "laid", "ago", "been", "has", "have",
            "taken", "given", "done", "seen", "shown", "written", "spoken", "chosen", "driven", "broken", "stolen", "fallen",
            "risen", "begun", "eaten", "forgotten", "hidden", "thrown", "flown", "grown", "drawn", "sworn", "torn", "ridden",
            "beaten", "bitten", "frozen", "shaken", "withdrawn", "overthrown", "undertaken",
        })
        {
            cues[past] = Tense.Past;
        }

        return cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
