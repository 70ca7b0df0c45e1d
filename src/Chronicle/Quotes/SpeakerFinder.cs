using System.Collections.Frozen;
using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Quotes;

/// <summary>
/// Finds the speaker next to a cue in one document: the subject before it ("Blinken said", "Yu Jie, a fellow at
/// Chatham House, said"), or the name after it ("said Caddell", "according to the ministry"). Names are the NER's
/// mentions; where the NER left none at a speaker position, a run of capitalised words stands in.
/// </summary>
internal sealed class SpeakerFinder
{
    private const int MaxSubjectReach = 40;

    private static readonly FrozenSet<string> s_skippedBeforeCue = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "also", "later", "then", "previously", "again", "once", "further", "recently", "repeatedly",
        "just", "already", "reportedly", "publicly", "privately", "earlier", "initially", "is", "was", "were", "are",
        "will", "would", "first", "often", "frequently", "subsequently", "simply", "flatly", "quickly");

    private static readonly FrozenSet<string> s_pronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "he", "she", "it", "they", "we", "i");

    private static readonly FrozenSet<string> s_notNames = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "Or", "In", "On", "At", "This", "That",
        "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "My", "If", "When", "While", "As", "After",
        "Before", "Asked", "Speaking", "So", "Yet", "Still", "However", "Meanwhile", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Today", "Yesterday", "Tonight", "Earlier", "Later",
        "Then", "Now", "Also", "Some", "Many", "Most", "Other", "Others", "Several", "According", "Said", "Says", "Told");

    // Words that open what follows a cue when no inverted subject does ("said that …", "asking her …").
    private static readonly FrozenSet<string> s_notSubjectsAfterCue = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "that", "her", "him", "them", "me", "us", "you", "to", "of", "in", "on", "at", "for", "with", "about", "as", "if",
        "whether", "this", "there", "because", "and", "but", "so", "not", "how", "what", "why", "when", "where");

    private static readonly FrozenSet<string> s_notSubjectEnds = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "before", "after", "while", "when", "by", "of", "to", "for", "with", "without", "from", "in", "on", "at", "about",
        "than", "as", "and", "or", "but", "that", "which", "if", "because", "since", "until", "into", "her", "him", "them");

    // Lower-case words that sit between names in a speaker's noun phrase ("Republican nominee Dana Reed").
    private static readonly FrozenSet<string> s_titleWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "nominee", "candidate", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "president",
        "senator", "leader", "chairman", "chairwoman", "chair", "director", "official", "adviser", "advisor",
        "strategist", "aide", "attorney", "governor", "mayor", "ambassador", "envoy", "chief", "press", "campaign",
        "manager", "editor", "analyst", "economist", "professor", "lawyer", "founder", "executive", "commissioner",
        "counsel", "representative", "deputy", "vice", "general", "prime", "foreign", "former", "state", "running",
        "mate", "rival", "challenger", "incumbent", "host", "anchor", "correspondent", "reporter",
        "columnist", "commentator", "pollster", "surrogate", "congressman", "congresswoman", "lawmaker", "judge",
        "justice", "officer", "police", "military", "defense", "intelligence", "national", "security", "policy",
        "communications", "political", "presidential", "vice-presidential", "senior", "top");

    private readonly Document _document;
    private readonly int[] _mentionStartEndingAt;
    private readonly int[] _mentionEndStartingAt;
    private readonly EntityType?[] _mentionTypeAt;

    public SpeakerFinder(Document document)
    {
        _document = document;
        var count = document.Tokens.Length;
        _mentionStartEndingAt = new int[count];
        _mentionEndStartingAt = new int[count];
        _mentionTypeAt = new EntityType?[count];
        Array.Fill(_mentionStartEndingAt, -1);
        Array.Fill(_mentionEndStartingAt, -1);
        foreach (var mention in document.Mentions)
        {
            var (start, end) = mention.Tokens;
            if (start < 0 || end > count || end <= start || mention.Type is not (EntityType.PERSON or EntityType.ORG or EntityType.GPE or EntityType.NORP))
            {
                continue;
            }

            _mentionStartEndingAt[end - 1] = start;
            _mentionEndStartingAt[start] = end;
            for (var t = start; t < end; t++)
            {
                _mentionTypeAt[t] = mention.Type;
            }
        }
    }

    /// <summary>The entity type the NER gave the token, if it is part of a mention.</summary>
    public EntityType? TypeAt(int token) => _mentionTypeAt[token];

    public bool IsPronoun(int token) => s_pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_document.TextOf(token));

    /// <summary>The subject before a cue, looking no further left than <paramref name="lowerBound"/>.</summary>
    public SpeakerSlot Before(int cueStart, int lowerBound)
    {
        var skip = s_skippedBeforeCue.GetAlternateLookup<ReadOnlySpan<char>>();
        var j = cueStart - 1;
        while (j >= lowerBound && skip.Contains(_document.TextOf(j)))
        {
            j--;
        }

        if (j < lowerBound)
        {
            return SpeakerSlot.None;
        }

        if (IsPronoun(j))
        {
            return new SpeakerSlot(j, j + 1, SpeakerKind.Pronoun);
        }

        var name = NameEndingAt(j, lowerBound);
        if (name >= 0)
        {
            return new SpeakerSlot(name, j + 1, SpeakerKind.Named);
        }

        var text = _document.TextOf(j);
        if (text is "who" && j - 1 > lowerBound && _document.TextOf(j - 1) is "," && NameEndingAt(j - 2, lowerBound) is var antecedent and >= 0)
        {
            return new SpeakerSlot(antecedent, j - 1, SpeakerKind.Named);
        }

        if (text is "," or "\u2014" or "\u2013" or "--" or ")")
        {
            // "X, a fellow at Y, said" / "Coming days after …, Washington denounced …, saying": the subject opens one
            // of the comma-separated stretches before the cue; the first that opens with a name is taken.
            var from = Math.Max(lowerBound, j - MaxSubjectReach);
            var segmentStart = from;
            var sawWords = false;
            for (var k = from; k < j; k++)
            {
                if (k == segmentStart)
                {
                    if (IsPronoun(k))
                    {
                        return new SpeakerSlot(k, k + 1, SpeakerKind.Pronoun);
                    }

                    var named = LastNameInPhrase(k, j);
                    if (named.Kind == SpeakerKind.Named)
                    {
                        return named;
                    }
                }

                if (_document.TextOf(k) is "," or "\u2014" or "\u2013" or "--" or "(" or ")")
                {
                    segmentStart = k + 1;
                }
                else
                {
                    sawWords |= IsWord(k);
                }
            }

            return sawWords ? new SpeakerSlot(from, j, SpeakerKind.Unnamed) : SpeakerSlot.None;
        }

        // "… before asking", "… by saying": a preposition or conjunction ends no subject.
        return IsWord(j) && !s_notSubjectEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
            ? new SpeakerSlot(j, j + 1, SpeakerKind.Unnamed)
            : SpeakerSlot.None;
    }

    /// <summary>The speaker after a cue ("said Holloway", "according to White House spokesman Sam Ortega").</summary>
    public SpeakerSlot After(int cueEnd, int upperBound)
    {
        var j = cueEnd;
        if (j >= upperBound)
        {
            return SpeakerSlot.None;
        }

        if (IsPronoun(j))
        {
            return new SpeakerSlot(j, j + 1, SpeakerKind.Pronoun);
        }

        if (s_notSubjectsAfterCue.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_document.TextOf(j)))
        {
            // "asking her, …", "adding that …": the cue's hearer or its clause follows, not an inverted subject.
            return SpeakerSlot.None;
        }

        var slot = LastNameInPhrase(j, upperBound);
        if (slot.Kind == SpeakerKind.Named)
        {
            return slot;
        }

        var npEnd = j;
        while (npEnd < upperBound && IsWord(npEnd))
        {
            npEnd++;
        }

        return npEnd > j ? new SpeakerSlot(j, Math.Min(npEnd, j + 4), SpeakerKind.Unnamed) : SpeakerSlot.None;
    }

    /// <summary>
    /// The last name of the noun phrase starting at <paramref name="start"/>: names, capitalised words and title
    /// nouns ("Republican nominee Dana Reed", "Reed campaign spokesman Tom Fisher", "Del. Alma Ortiz").
    /// </summary>
    public SpeakerSlot LastNameInPhrase(int start, int upperBound)
    {
        var titles = s_titleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int bestStart = -1, bestEnd = -1;
        var k = start;
        if (k < upperBound && _document.TextOf(k) is "the" or "The" or "a" or "A" or "an")
        {
            k++;
        }

        while (k < upperBound)
        {
            var end = NameStartingAt(k, upperBound);
            if (end > k)
            {
                bestStart = k;
                bestEnd = end;
                k = end;
                continue;
            }

            var text = _document.TextOf(k);
            if (titles.Contains(text) || (text is "." or "-" && bestEnd == k))
            {
                k++;
                continue;
            }

            // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Wang Yi": "of" inside a title that
            // runs on into a name; the name at the end is the phrase's head, not the country or office before it.
            if (text is "of" && k > start && titles.Contains(_document.TextOf(k - 1).ToString().ToLowerInvariant())
                && k + 1 < upperBound && NameStartingAt(k + 1, upperBound) > k + 1)
            {
                k++;
                continue;
            }

            break;
        }

        return bestStart >= 0 ? new SpeakerSlot(bestStart, bestEnd, SpeakerKind.Named) : SpeakerSlot.None;
    }

    /// <summary>Start of the name ending at token <paramref name="end"/>, or -1.</summary>
    public int NameEndingAt(int end, int lowerBound)
    {
        if (end < lowerBound || end < 0)
        {
            return -1;
        }

        var mentionStart = _mentionStartEndingAt[end];
        if (mentionStart >= 0)
        {
            return Math.Max(mentionStart, lowerBound);
        }

        if (!IsCapitalised(end))
        {
            return -1;
        }

        var start = end;
        while (start - 1 >= lowerBound && IsCapitalised(start - 1))
        {
            start--;
        }

        return start == end && IsSentenceOpeningVerb(start) ? -1 : start;
    }

    /// <summary>End of the name starting at token <paramref name="start"/>, or -1.</summary>
    public int NameStartingAt(int start, int upperBound)
    {
        var mentionEnd = _mentionEndStartingAt[start];
        int end;
        if (mentionEnd >= 0)
        {
            end = Math.Min(mentionEnd, upperBound);
        }
        else if (!IsCapitalised(start) || IsSentenceOpeningVerb(start))
        {
            return -1;
        }
        else
        {
            end = start + 1;
        }

        // A title and a name run together ("House Minority Leader Alma Ortiz"): the whole run is one name.
        while (end < upperBound && (IsCapitalised(end) || _mentionEndStartingAt[end] > end))
        {
            end = Math.Min(Math.Max(end + 1, _mentionEndStartingAt[end]), upperBound);
        }

        return end;
    }

    public bool IsWord(int token)
    {
        var text = _document.TextOf(token);
        return text.Length > 0 && char.IsLetterOrDigit(text[0]);
    }

    /// <summary>"Coming …", "Denied …", "Clearly …": a sentence's first word is capitalised without being a name.</summary>
    private bool IsSentenceOpeningVerb(int token)
    {
        var text = _document.TextOf(token);
        if (!(text.EndsWith("ing") || text.EndsWith("ed") || text.EndsWith("ly")) || _mentionEndStartingAt[token] >= 0)
        {
            return false;
        }

        var sentence = _document.SentenceIndexOf(token);
        return sentence >= 0 && _document.Sentences[sentence].Tokens.Start == token;
    }

    private bool IsCapitalised(int token)
    {
        var text = _document.TextOf(token);
        return text.Length > 0 && char.IsUpper(text[0]) && !s_notNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
    }
}
