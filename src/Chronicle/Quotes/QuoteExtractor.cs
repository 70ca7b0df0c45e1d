using System.Collections.Frozen;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Pipeline;

namespace Chronicle.Quotes;

/// <summary>
/// Finds direct quotes (words between quotation marks) and indirect speech ("X said (that) …", "according to X, …")
/// and attributes each to a speaker: by a cue next to the quote, in the sentence before it, or by continuing the
/// speaker of the attribution just before a bare quote. The speaker stays null when the article names none.
/// Surface cues only (a lexicon of reporting verbs and phrases); stateless and thread-safe.
/// </summary>
public sealed class QuoteExtractor : IPipe
{
    // A quoted term of up to this many words is kept only when a cue in its own sentence attributes it:
    // shorter ones are scare quotes or titles, not speech.
    private const int ScareQuoteMaxWords = 3;
    private const int FrameReach = 25;
    private const int ThatReach = 6;

    private static readonly FrozenSet<string> s_objectVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "told", "tell", "tells", "telling", "warned", "warns", "assured", "reminded", "urged",
        "urges", "asked", "asks", "pressed");

    // Words that follow "asked"/"told" where no hearer does: "asked not to be named", "asked whether …".
    private static readonly FrozenSet<string> s_notHearers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "not", "to", "for", "about", "if", "whether", "why", "how", "what", "when", "that");

    private static readonly FrozenSet<string> s_infinitiveVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "agreed", "agrees", "agree", "promised", "promises", "vowed", "vows", "pledged",
        "pledges", "threatened", "threatens", "wants", "wanted", "want", "hopes", "hoped", "expects", "expected");

    private static readonly FrozenSet<string> s_clauseLinks = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "and", "but", "when", "while", "because", "as", "after", "before", "since", "if", "which", "where");

    private readonly ReportingLexicon _lexicon;

    public QuoteExtractor(ReportingLexicon? lexicon = null) => _lexicon = lexicon ?? ReportingLexicon.Default;

    public string Name => "quotes";

    // Runs after entity resolution, so speakers are entity indices; the NER's mentions mark the names next to cues.
    public PipeContract Contract { get; } = new(
        Annotation.Tokens | Annotation.Sentences | Annotation.EntityMentions | Annotation.Entities, Annotation.Quotes);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quotes = Extract(document, cancellationToken);
    }

    /// <summary>The quotes of a document, in text order, without changing it.</summary>
    public IReadOnlyList<QuoteAnnotation> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tokens.Length == 0 || document.Sentences.Count == 0)
        {
            return [];
        }

        var paragraphs = ParagraphTokens(document);
        var pieces = QuoteScanner.Scan(document, paragraphs);
        var quoted = new bool[document.Tokens.Length];
        foreach (var piece in pieces)
        {
            var end = piece.Close >= 0 ? piece.Close + 1 : piece.Content.End;
            Array.Fill(quoted, true, piece.Open, end - piece.Open);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var speakers = new SpeakerFinder(document);
        var cues = FindCues(document, quoted);
        var history = new List<Attribution>();
        var quotes = new List<QuoteAnnotation>();
        var resolver = new SpeakerResolver(document, speakers, history);
        FindIndirect(document, cues, quoted, speakers, history, quotes, resolver);
        cancellationToken.ThrowIfCancellationRequested();
        FindDirect(document, pieces, cues, paragraphs, speakers, history, quotes, resolver);
        quotes.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Direct.CompareTo(b.Direct));
        return quotes;
    }

    private static TokenRange[] ParagraphTokens(Document document)
    {
        var ranges = new TokenRange[document.Paragraphs.Count];
        foreach (var sentence in document.Sentences)
        {
            var p = sentence.Paragraph;
            if ((uint)p >= (uint)ranges.Length)
            {
                continue;
            }

            ranges[p] = ranges[p].IsEmpty
                ? sentence.Tokens
                : new TokenRange(Math.Min(ranges[p].Start, sentence.Tokens.Start), Math.Max(ranges[p].End, sentence.Tokens.End));
        }

        return ranges;
    }

    /// <summary>Every cue outside quotation marks, in text order; adjuncts are folded into the cue before them.</summary>
    private List<Cue> FindCues(Document document, bool[] quoted)
    {
        var cues = new List<Cue>();
        foreach (var sentence in document.Sentences)
        {
            var (start, end) = sentence.Tokens;
            for (var i = start; i < end; i++)
            {
                if (quoted[i] || !_lexicon.TryMatch(document, i, end, i == start, out var cue))
                {
                    continue;
                }

                if (cue.Kind == CueKind.Speech && i >= 2 && document.TextOf(i - 1) is "as" && cues.Count > 0
                    && cues[^1].Kind == CueKind.Source && cues[^1].End >= i - 8 && cues[^1].Start >= start)
                {
                    // "quoted Lavrov as saying": the source cue already names the speaker.
                    i = cue.End - 1;
                    continue;
                }

                if (cue.Kind == CueKind.Adjunct)
                {
                    if (cues.Count > 0 && cues[^1].End >= cue.Start - 3 && document.SentenceIndexOf(cues[^1].Start) == document.SentenceIndexOf(i))
                    {
                        cues[^1] = cues[^1] with { End = cue.End };
                    }
                }
                else
                {
                    cues.Add(cue);
                }

                i = cue.End - 1;
            }
        }

        return cues;
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

    private static int SentenceContentEnd(Document document, TokenRange sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && !IsWordToken(document, end - 1))
        {
            end--;
        }

        return end;
    }

    private static bool IsWordToken(Document document, int token)
    {
        var text = document.TextOf(token);
        return text.Length > 0 && char.IsLetterOrDigit(text[^1]);
    }

    private void FindIndirect(
        Document document, List<Cue> cues, bool[] quoted, SpeakerFinder speakers, List<Attribution> history,
        List<QuoteAnnotation> quotes, SpeakerResolver resolver)
    {
        var parse = new ParseReader(document);
        foreach (var cue in cues)
        {
            var sentenceIndex = document.SentenceIndexOf(cue.Start);
            var sentence = document.Sentences[sentenceIndex].Tokens;
            var contentEnd = SentenceContentEnd(document, sentence);
            TokenRange content;
            SpeakerSlot speaker;
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
            else
            {
                speaker = speakers.Before(cue.Start, sentence.Start);
                if (speaker.Kind == SpeakerKind.None)
                {
                    speaker = speakers.After(cue.End, contentEnd);
                }

                var frameOfQuote = cue.Start > sentence.Start
                    && (quoted[cue.Start - 1] || (document.TextOf(cue.Start - 1) is "," && cue.Start - 1 > sentence.Start && quoted[cue.Start - 2]));
                content = frameOfQuote ? default : ReportedClause(document, cue, speakers, contentEnd);
                if (parse.HasParse && !frameOfQuote)
                {
                    // With a parse, the reporting verb's ccomp is the content and its nsubj the speaker.
                    var complement = parse.Complement(cue.Start, sentence);
                    if (!complement.IsEmpty)
                    {
                        content = complement;
                    }

                    var subject = parse.Subject(cue.Start, sentence);
                    if (!subject.IsEmpty)
                    {
                        speaker = SubjectSlot(speakers, subject);
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
                    // "Acts of protest, Mr. Obama said, are acts of patriotism": the attribution sits inside the
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

            history.Add(new Attribution(cue.Start, document.Sentences[sentenceIndex].Paragraph, cue, speaker));
            // A complement that opens with a quotation mark is the direct quote itself, not indirect speech.
            if (content.Length < 3 || !speakers.IsWord(content.Start) || quoted[content.Start])
            {
                continue;
            }

            var (entity, mention) = resolver.Resolve(speaker, cue.Start);
            quotes.Add(new QuoteAnnotation(
                document.CharRange(content), Direct: false, entity, document.CharRange(new TokenRange(cue.Start, cue.End)), mention));
        }
    }

    /// <summary>The clause a verb cue reports: after "that", after the hearer of "told", or straight after the verb.</summary>
    private TokenRange ReportedClause(Document document, Cue cue, SpeakerFinder speakers, int contentEnd)
    {
        var k = cue.End;
        for (var t = k; t < Math.Min(contentEnd, k + ThatReach); t++)
        {
            var text = document.TextOf(t);
            if (text is "that")
            {
                return new TokenRange(t + 1, contentEnd);
            }

            if (!speakers.IsWord(t) && text is not ("," or "."))
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
            // "agreed to clean up the mines", "vowed to veto the bill": the promise or plan is the content.
            return new TokenRange(k, contentEnd);
        }

        if (!speakers.IsWord(k) || first is "to" or "for" or "about" or "in" or "on" or "at" or "by" or "with" or "of" or "and" or "as" or "not")
        {
            return default;
        }

        return new TokenRange(k, contentEnd);
    }

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
        while (end > range.Start && !IsWordToken(document, end - 1))
        {
            end--;
        }

        return new TokenRange(range.Start, end);
    }

    private void FindDirect(
        Document document, List<QuotedPiece> pieces, List<Cue> cues, TokenRange[] paragraphs, SpeakerFinder speakers,
        List<Attribution> history, List<QuoteAnnotation> quotes, SpeakerResolver resolver)
    {
        var directCues = cues.Where(c => c.Kind is CueKind.Speech or CueKind.Source).ToArray();
        var cueAt = new int[document.Tokens.Length];
        Array.Fill(cueAt, -1);
        for (var c = 0; c < directCues.Length; c++)
        {
            cueAt[directCues[c].Start] = c;
        }

        var group = new List<QuotedPiece>();
        Cue? groupCue = null;
        SpeakerSlot groupSpeaker = SpeakerSlot.None;
        var groupLocal = false;
        var previousClose = -1;
        var previousParagraph = -1;
        foreach (var piece in pieces)
        {
            if (piece.Paragraph != previousParagraph)
            {
                previousClose = -1;
                previousParagraph = piece.Paragraph;
            }

            var paragraph = paragraphs[piece.Paragraph];
            var (cue, speaker, local, fromBefore) = Attribute(document, piece, previousClose, paragraph, directCues, cueAt, speakers, history);
            // Pieces of one speaker's quote join up, as news corpora annotate them: the next paragraph of a
            // multi-paragraph quote, '"A," she said, "B."' (the same cue on both sides), and a bare quote right
            // after another in the same paragraph.
            var sameParagraph = group.Count > 0 && group[^1].Paragraph == piece.Paragraph;
            var continues = group.Count > 0 && (group[^1].Group == piece.Group
                || (sameParagraph && fromBefore && cue is { } c && groupCue is { } gc && c.Start == gc.Start)
                || (sameParagraph && !local));
            if (!continues)
            {
                Flush(document, group, groupCue, groupSpeaker, groupLocal, quotes, history, resolver);
                group.Clear();
                groupCue = null;
                groupSpeaker = SpeakerSlot.None;
                groupLocal = false;
            }

            group.Add(piece);
            if (groupCue is null && cue is not null)
            {
                groupCue = cue;
                groupSpeaker = speaker;
            }

            groupLocal |= local;
            previousClose = piece.Close >= 0 ? piece.Close : piece.Content.End - 1;
        }

        Flush(document, group, groupCue, groupSpeaker, groupLocal, quotes, history, resolver);
    }

    /// <summary>The cue and speaker of one quoted piece. <c>Local</c>: the cue is in the quote's own sentence.</summary>
    private static (Cue? Cue, SpeakerSlot Speaker, bool Local, bool FromBefore) Attribute(
        Document document, QuotedPiece piece, int previousClose, TokenRange paragraph, Cue[] cues, int[] cueAt,
        SpeakerFinder speakers, List<Attribution> history)
    {
        // After the closing mark: '…," Blinken said.' / '…," said Caddell.' / '"…" — Pamela Padilla'.
        if (piece.Close >= 0 && piece.Close + 1 < paragraph.End)
        {
            var from = piece.Close + 1;
            if (document.TextOf(from) is "\u2014" or "\u2015" or "\u2013" or "--" && from + 1 < paragraph.End)
            {
                var signed = speakers.LastNameInPhrase(from + 1, paragraph.End);
                if (signed.Kind == SpeakerKind.Named)
                {
                    return (new Cue(from, from + 1, CueKind.Speech), signed, true, false);
                }
            }

            var sentence = document.Sentences[document.SentenceIndexOf(from)].Tokens;
            var limit = Math.Min(Math.Min(sentence.End, paragraph.End), from + FrameReach);
            for (var t = from; t < limit; t++)
            {
                if (QuoteMarks.IsMark(document, t) && QuoteMarks.LooksOpening(document, t))
                {
                    break;
                }

                if (s_clauseLinks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TextOf(t)))
                {
                    // '"dear friend" when they met …, and agencies reported': the cue belongs to another clause.
                    break;
                }

                if (cueAt[t] >= 0)
                {
                    var cue = cues[cueAt[t]];
                    var speaker = cue.Kind == CueKind.Source ? speakers.After(cue.End, limit) : speakers.Before(cue.Start, from);
                    if (speaker.Kind == SpeakerKind.None)
                    {
                        speaker = speakers.After(cue.End, limit);
                    }

                    return (cue, speaker, true, false);
                }
            }
        }

        // Before the opening mark, in the same sentence: 'Vereshchuk said: "…' / '… providing Moscow with "diplomatic cover"'.
        var openSentenceIndex = document.SentenceIndexOf(piece.Open);
        var openSentence = document.Sentences[openSentenceIndex].Tokens;
        var frameStart = Math.Max(openSentence.Start, previousClose + 1);
        for (var t = piece.Open - 1; t >= frameStart; t--)
        {
            if (cueAt[t] >= 0)
            {
                var cue = cues[cueAt[t]];
                var speaker = cue.Kind == CueKind.Source ? speakers.After(cue.End, piece.Open) : speakers.Before(cue.Start, frameStart);
                if (speaker.Kind == SpeakerKind.None && cue.Kind != CueKind.Source)
                {
                    speaker = speakers.After(cue.End, piece.Open);
                }

                return (cue, speaker, true, true);
            }
        }

        var startsSentence = true;
        for (var t = openSentence.Start; t < piece.Open; t++)
        {
            startsSentence &= !speakers.IsWord(t);
        }

        if (!startsSentence)
        {
            return (null, SpeakerSlot.None, false, false);
        }

        // The sentence before introduces it: 'Blinken said:' / '"A," he said. "B."'.
        if (openSentenceIndex > 0 && document.Sentences[openSentenceIndex - 1].Tokens.End > paragraph.Start)
        {
            var previous = document.Sentences[openSentenceIndex - 1].Tokens;
            var endsWithColon = document.TextOf(previous.End - 1) is ":";
            for (var t = previous.End - 1; t >= Math.Max(previous.Start, previous.End - 10); t--)
            {
                if (cueAt[t] < 0)
                {
                    continue;
                }

                var cue = cues[cueAt[t]];
                var frameFrom = previous.Start;
                for (var q = t - 1; q >= previous.Start; q--)
                {
                    if (QuoteMarks.IsMark(document, q))
                    {
                        frameFrom = q + 1;
                        break;
                    }
                }

                var shortFrame = t - frameFrom <= 12;
                if (endsWithColon || shortFrame)
                {
                    var speaker = cue.Kind == CueKind.Source ? speakers.After(cue.End, previous.End) : speakers.Before(cue.Start, frameFrom);
                    if (speaker.Kind == SpeakerKind.None)
                    {
                        speaker = speakers.After(cue.End, previous.End);
                    }

                    return (cue, speaker, false, true);
                }

                break;
            }
        }

        // A bare quote continues the speaker of the attribution just before it (this or the previous paragraph).
        var last = LastAttributionBefore(history, piece.Open);
        if (last is { } a && (a.Paragraph == piece.Paragraph || (a.Paragraph == piece.Paragraph - 1 && IsInLastSentence(document, a.Position, piece.Paragraph - 1))))
        {
            return (a.Cue, a.Speaker, false, false);
        }

        return (null, SpeakerSlot.None, false, false);
    }

    private static Attribution? LastAttributionBefore(List<Attribution> history, int position)
    {
        Attribution? best = null;
        foreach (var a in history)
        {
            if (a.Position < position && (best is null || a.Position > best.Value.Position))
            {
                best = a;
            }
        }

        return best;
    }

    private static bool IsInLastSentence(Document document, int token, int paragraph)
    {
        var sentence = document.SentenceIndexOf(token);
        return sentence >= 0 && (sentence + 1 >= document.Sentences.Count || document.Sentences[sentence + 1].Paragraph != paragraph);
    }

    private static void Flush(
        Document document, List<QuotedPiece> group, Cue? cue, SpeakerSlot speaker, bool local, List<QuoteAnnotation> quotes,
        List<Attribution> history, SpeakerResolver resolver)
    {
        if (group.Count == 0)
        {
            return;
        }

        var words = 0;
        foreach (var piece in group)
        {
            for (var t = piece.Content.Start; t < piece.Content.End && words <= ScareQuoteMaxWords; t++)
            {
                words += IsWordToken(document, t) ? 1 : 0;
            }
        }

        // Scare quotes and titles: a few quoted words with no cue in their own sentence are not speech.
        if (words <= ScareQuoteMaxWords && !(local && cue is not null))
        {
            return;
        }

        var first = group[0];
        var last = group[^1];
        var content = document.CharRange(new TokenRange(first.Content.Start, last.Content.End));
        var (entity, mention) = cue is null ? (null, null) : resolver.Resolve(speaker, cue.Value.Start);
        var segments = group.Select(p => document.CharRange(p.Content)).ToArray();
        quotes.Add(new QuoteAnnotation(
            content, Direct: true, entity, cue is { } c ? document.CharRange(new TokenRange(c.Start, c.End)) : null, mention)
        {
            Segments = segments,
        });
        if (cue is { } found)
        {
            history.Add(new Attribution(last.Content.End, last.Paragraph, found, speaker));
        }
    }
}
