using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>
/// Indirect speech: "X said (that) …", "X told Y that …", "according to X, …", "CONTENT, X said." — the reported clause
/// read off the dependency parse (the reporting verb's ccomp) when there is one, by surface patterns otherwise.
/// </summary>
internal static class IndirectSpeechReader
{
    private const int ThatReach = 8;
    private const int AdjunctThatReach = 16;

    private static readonly FrozenSet<string> s_objectVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "told", "tell", "tells", "telling", "warned", "warns", "assured", "reminded", "urged",
        "urges", "asked", "asks", "pressed");

    // Words that follow "asked"/"told" where no hearer does: "asked not to be named", "asked whether …".
    private static readonly FrozenSet<string> s_notHearers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "not", "to", "for", "about", "if", "whether", "why", "how", "what", "when", "that");

    private static readonly FrozenSet<string> s_infinitiveVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "agreed", "agrees", "agree", "promised", "promises", "vowed", "vows", "pledged",
        "pledges", "threatened", "threatens", "wants", "wanted", "want", "hopes", "hoped", "expects", "expected");

    // Verbs whose "for" introduces what is asked for ("asked for a recount"), and whose "of" the topic ("spoke of").
    private static readonly FrozenSet<string> s_forVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "ask", "asks", "asked", "asking", "argue", "argues", "argued", "arguing", "press",
        "pressed", "pressing", "plead", "pleaded", "pleading", "push", "pushed", "pushing");

    private static readonly FrozenSet<string> s_ofVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "speak", "speaks", "spoke", "speaking", "spoken", "warn", "warns", "warned", "warning");

    /// <summary>Adds the indirect speech of every cue to <paramref name="quotes"/> and every cue to <paramref name="history"/>.</summary>
    public static void Read(
        Document document, List<Cue> cues, bool[] quoted, SpeakerFinder speakers, List<Attribution> history,
        List<QuoteAnnotation> quotes, SpeakerResolver resolver)
    {
        var parse = new ParseReader(document);
        foreach (var cue in cues)
        {
            var sentenceIndex = document.SentenceIndexOf(cue.Start);
            var sentence = document.Sentences[sentenceIndex].Tokens;
            var contentEnd = QuoteText.SentenceContentEnd(document, sentence);
            TokenRange content;
            SpeakerSlot speaker;
            var hasSubject = false;
            if (cue.Kind == CueKind.Source)
            {
                speaker = speakers.After(cue.End, contentEnd);
                // "According to X, …" / "…, according to X." ("the newspaper quoted X" reports no clause).
                content = cue.Start == sentence.Start
                    ? AfterComma(document, speaker.End > 0 ? speaker.End : cue.End, contentEnd)
                    : document.TextOf(cue.Start - 1) is ","
                        ? TrimComma(document, new TokenRange(sentence.Start, cue.Start))
                        : default;
            }
            else if (PossessorOf(document, speakers, cue, sentence.Start) is { Kind: SpeakerKind.Named } possessor
                && cue.End + 1 < contentEnd && document.TextOf(cue.End) is "that")
            {
                // "Trump's claim that the vote is rigged drew criticism": the possessor holds the clause "that" opens,
                // which the parse ends before the sentence goes on.
                speaker = possessor;
                content = parse.HasParse ? parse.ClauseAfter(cue.End, sentence) : default;
                if (content.IsEmpty)
                {
                    content = new TokenRange(cue.End + 1, contentEnd);
                }
            }
            else if (cue.Kind == CueKind.Claim)
            {
                continue;
            }
            else
            {
                speaker = speakers.Before(cue.Start, sentence.Start);
                if (speaker.Kind == SpeakerKind.None)
                {
                    speaker = speakers.After(cue.End, contentEnd);
                }

                var frameOfQuote = cue.Start > sentence.Start
                    && (quoted[cue.Start - 1] || (document.TextOf(cue.Start - 1) is "," && cue.Start - 1 > sentence.Start && quoted[cue.Start - 2]));
                // '"…," adding that …' / 'citing the release of …': a participle after the quote reports more of its own.
                var ownClause = frameOfQuote && document.TextOf(cue.Start).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                content = frameOfQuote && !ownClause ? default : ReportedClause(document, cue, speakers, contentEnd);
                if (parse.HasParse && !frameOfQuote)
                {
                    // With a parse, the reporting verb's ccomp is the content and its nsubj the speaker.
                    // A complement of one or two words is a parse that stopped early ('said [Democrats] are …').
                    var complement = parse.Complement(cue.Start, sentence);
                    // One that opens at a quotation mark or a verb after words the plain reading takes in ('says voter
                    // fraud "would be …"', 'warn the plan would raise …') lost its subject to the parse.
                    var lostSubject = !content.IsEmpty && complement.Start > content.Start
                        && (QuoteMarks.IsMark(document, complement.Start) || document.Tokens[complement.Start].Pos is UniversalPos.AUX or UniversalPos.VERB);
                    if ((complement.Length >= 3 || (!complement.IsEmpty && content.IsEmpty)) && !lostSubject)
                    {
                        content = complement;
                    }

                    var subject = parse.Subject(cue.Start, sentence);
                    hasSubject = !subject.IsEmpty;
                    var apposed = speaker.Kind == SpeakerKind.Named && speaker.End < cue.Start && document.TextOf(speaker.End) is ",";
                    if (!subject.IsEmpty && SubjectSlot(speakers, subject) is var parsed
                        && !(apposed && parsed.Kind == SpeakerKind.Unnamed))
                    {
                        // 'The minister of the interior, Mr. X, argues': a parse that stops at the title keeps the
                        // apposed name the words before the cue give.
                        speaker = parsed;
                    }
                }

                var before = cue.Start - 1;
                while (before > sentence.Start && before > cue.Start - 8 && document.TextOf(before) is not ("," or ";" or ":"))
                {
                    before--;
                }

                if (content.IsEmpty && cue.End < contentEnd - 2 && document.TextOf(cue.End) is ","
                    && before > sentence.Start && document.TextOf(before) is "," && !quoted[sentence.Start])
                {
                    // "Tax cuts, Mr. Obama said, are not a plan for growth": the attribution sits inside the
                    // content, which is the whole sentence.
                    content = new TokenRange(sentence.Start, contentEnd);
                }
                else if (content.IsEmpty && cue.End >= contentEnd - 6)
                {
                    // "CONTENT, X said." / "CONTENT, said X": the reporting clause closes the sentence.
                    var comma = speaker.Kind != SpeakerKind.None && speaker.Start < cue.Start ? speaker.Start - 1 : cue.Start - 1;
                    if (comma > sentence.Start + 2 && document.TextOf(comma) is ",")
                    {
                        content = new TokenRange(sentence.Start, comma);
                    }
                }
            }

            if (IsNaming(document, cue) && !(hasSubject || (!parse.HasParse && speaker.Kind is SpeakerKind.Named or SpeakerKind.Pronoun)))
            {
                // "a group called Z", "so called": the verb names; it reports nothing without a subject.
                continue;
            }

            history.Add(new Attribution(cue.Start, document.Sentences[sentenceIndex].Paragraph, cue, speaker));
            // "say that, beyond the budget, he would …": the content starts after the comma.
            while (content.Length > 0 && document.TextOf(content.Start) is ",")
            {
                content = new TokenRange(content.Start + 1, content.End);
            }

            // A complement that opens with a quotation mark is the direct quote itself, not indirect speech, unless
            // "that" introduces it ('adding that "most of the plans …"'): then the report carries the quote.
            var thatQuote = content.Length > 0 && content.Start > 0 && document.TextOf(content.Start - 1) is "that"
                && QuoteMarks.IsMark(document, content.Start);
            if (content.Length < 3 || (!thatQuote && (!speakers.IsWord(content.Start) || quoted[content.Start])))
            {
                continue;
            }

            var (entity, mention) = resolver.Resolve(speaker, cue.Start);
            quotes.Add(new QuoteAnnotation(
                document.CharRange(content), Direct: false, entity, document.CharRange(new TokenRange(cue.Start, cue.End)), mention));
        }
    }

    /// <summary>The clause a verb cue reports: after "that", after the hearer of "told", or straight after the verb.</summary>
    private static TokenRange ReportedClause(Document document, Cue cue, SpeakerFinder speakers, int contentEnd)
    {
        var k = cue.End;
        for (var t = k; t < Math.Min(contentEnd, k + AdjunctThatReach); t++)
        {
            var text = document.TextOf(t);
            // "says at a rally in Fresno, California, that …": a "that" further off follows the adjunct's comma.
            if (text is "that" && (t - k < ThatReach || document.TextOf(t - 1) is ","))
            {
                return new TokenRange(t + 1, contentEnd);
            }

            if (text is ";" or ":" or "?" or "!" or "(" or ")")
            {
                break;
            }
        }

        var verb = document.TextOf(cue.Start);
        if (s_objectVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verb) && k < contentEnd
            && !s_notHearers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TextOf(k)))
        {
            // "Putin told Xi he viewed …": skip the hearer; "urged Trump to stop …" keeps it with the request.
            var hearer = k;
            var name = speakers.NameStartingAt(k, contentEnd);
            k = name > k ? name : k + 1;
            if (k < contentEnd && document.TextOf(k) is "to")
            {
                return new TokenRange(hearer, contentEnd);
            }
        }

        if (k >= contentEnd)
        {
            return default;
        }

        var first = document.TextOf(k);
        if (first is "to" && s_infinitiveVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verb))
        {
            // "agreed to repair the roads", "vowed to veto the bill": the promise or plan is the content.
            return new TokenRange(k, contentEnd);
        }

        if (k + 1 < contentEnd && (first is "about" || (first is "for" && s_forVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verb))
            || (first is "of" && s_ofVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verb))) && speakers.IsWord(k + 1))
        {
            // "talked about the economy", "asked for a recount", "spoke of her mother": the topic is the content.
            return new TokenRange(k + 1, contentEnd);
        }

        if (!speakers.IsWord(k) || first is "to" or "for" or "about" or "in" or "into" or "on" or "at" or "by" or "with" or "of" or "and" or "as" or "not" or "up" or "off" or "back" or "out")
        {
            return default;
        }

        return new TokenRange(k, contentEnd);
    }

    /// <summary>The name in "X's [adjective] claim": the possessor of a noun cue, up to two words before it.</summary>
    private static SpeakerSlot PossessorOf(Document document, SpeakerFinder speakers, Cue cue, int sentenceStart)
    {
        for (var t = cue.Start - 1; t > sentenceStart && t >= cue.Start - 3; t--)
        {
            var text = document.TextOf(t);
            if (text is "'s" or "\u2019s" or "'" or "\u2019")
            {
                var name = speakers.NameEndingAt(t - 1, sentenceStart);
                return name >= 0 ? new SpeakerSlot(name, t, SpeakerKind.Named) : SpeakerSlot.None;
            }

            if (!speakers.IsWord(t) || char.IsUpper(text[0]))
            {
                break;
            }
        }

        return SpeakerSlot.None;
    }

    private static bool IsNaming(Document document, Cue cue) =>
        cue.End - cue.Start == 1 && document.TextOf(cue.Start) is var verb
        && (verb.Equals("call", StringComparison.OrdinalIgnoreCase) || verb.Equals("calls", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("called", StringComparison.OrdinalIgnoreCase) || verb.Equals("calling", StringComparison.OrdinalIgnoreCase));

    private static TokenRange AfterComma(Document document, int from, int end)
    {
        for (var t = from; t < Math.Min(end, from + 12); t++)
        {
            if (document.TextOf(t) is ",")
            {
                return new TokenRange(t + 1, end);
            }
        }

        return default;
    }

    private static TokenRange TrimComma(Document document, TokenRange range)
    {
        var end = range.End;
        while (end > range.Start && !QuoteText.IsWordToken(document, end - 1))
        {
            end--;
        }

        return new TokenRange(range.Start, end);
    }

    private static SpeakerSlot SubjectSlot(SpeakerFinder speakers, TokenRange subject)
    {
        if (subject.Length == 1 && speakers.IsPronoun(subject.Start))
        {
            return new SpeakerSlot(subject.Start, subject.End, SpeakerKind.Pronoun);
        }

        for (var t = subject.Start; t < subject.End; t++)
        {
            var named = speakers.LastNameInPhrase(t, subject.End);
            if (named.Kind == SpeakerKind.Named)
            {
                return named;
            }
        }

        return new SpeakerSlot(subject.Start, subject.End, SpeakerKind.Unnamed);
    }
}
