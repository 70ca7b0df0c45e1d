using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>
/// Direct quotes: attributes each quoted piece by a cue after its closing mark, before its opening mark, in the
/// sentence before it, or by continuing the attribution just before a bare quote; joins pieces of one quote.
/// </summary>
internal static class DirectQuoteReader
{
    // A quoted term of up to this many words is kept only when a cue in its own sentence attributes it:
    // shorter ones are scare quotes or titles, not speech.
    private const int ScareQuoteMaxWords = 3;
    private const int FrameReach = 25;

    private static readonly FrozenSet<string> s_clauseLinks = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "and", "but", "when", "while", "because", "as", "after", "before", "since", "if", "which", "where");

    /// <summary>Attributes the quoted pieces, joins the pieces of one quote and adds the quotes that are speech.</summary>
    public static void Read(
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

        var firstDirect = quotes.Count;
        var group = new List<QuotedPiece>();
        Cue? groupCue = null;
        SpeakerSlot groupSpeaker = SpeakerSlot.None;
        var groupLocal = false;
        var previousClose = -1;
        var previousParagraph = -1;
        foreach (var found in pieces)
        {
            var piece = found;
            if (piece.Paragraph != previousParagraph)
            {
                previousClose = -1;
                previousParagraph = piece.Paragraph;
            }

            if (TranscriptTurns.IsStageDirection(document, piece))
            {
                continue;
            }

            if (TranscriptTurns.Label(document, piece) is { } label)
            {
                // A transcript turn: its label is the speaker, whatever the quote before it was.
                Flush(document, group, groupCue, groupSpeaker, groupLocal, quotes, history, resolver, speakers);
                group.Clear();
                group.Add(piece with { Content = new TokenRange(label.End + 1, piece.Content.End) });
                groupCue = new Cue(label.Start, label.End + 1, CueKind.Speech);
                groupSpeaker = new SpeakerSlot(label.Start, label.End, SpeakerKind.Named);
                groupLocal = true;
                previousClose = piece.Close >= 0 ? piece.Close : piece.Content.End - 1;
                continue;
            }

            var paragraph = paragraphs[piece.Paragraph];
            var (cue, speaker, local, fromBefore) = Attribute(document, piece, previousClose, paragraph, directCues, cueAt, speakers, history);
            // Pieces of one speaker's quote join up, as news corpora annotate them: the next paragraph of a
            // multi-paragraph quote, '"A," she said, "B."' (the same cue on both sides), and a bare quote right
            // after another in the same paragraph.
            var sameParagraph = group.Count > 0 && group[^1].Paragraph == piece.Paragraph;
            // A shared cue joins only whole quotes: a few quoted words inside the writer's sentence ('because “…,” she
            // said. “…”') or a fragment the sentence goes on after ('“…” to drive up …') are quotes of their own.
            // Further quoted words in a sentence whose cue opened the group ('X claimed “A” … a “B,” and …') join it.
            var sameSentence = group.Count > 0 && SameSentence(document, group[^1], piece);
            var continues = group.Count > 0 && (group[^1].Group == piece.Group
                || (sameParagraph && fromBefore && cue is { } c && groupCue is { } gc && c.Start == gc.Start
                    && OpensSentence(document, group[0], speakers) && EndsSentence(document, piece, speakers))
                || (sameParagraph && !local && (((OpensSentence(document, piece, speakers) || sameSentence) && OpensSentence(document, group[0], speakers))
                    || (sameSentence && groupLocal && groupCue is { } before && before.End <= group[0].Open
                        && document.SentenceIndexOf(before.Start) == document.SentenceIndexOf(piece.Open)))));
            if (!continues)
            {
                Flush(document, group, groupCue, groupSpeaker, groupLocal, quotes, history, resolver, speakers);
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

        Flush(document, group, groupCue, groupSpeaker, groupLocal, quotes, history, resolver, speakers);
        EchoedFragments.Drop(document, quotes, firstDirect, ScareQuoteMaxWords);
    }

    /// <summary>The cue and speaker of one quoted piece. <c>Local</c>: the cue is in the quote's own sentence.</summary>
    private static (Cue? Cue, SpeakerSlot Speaker, bool Local, bool FromBefore) Attribute(
        Document document, QuotedPiece piece, int previousClose, TokenRange paragraph, Cue[] cues, int[] cueAt,
        SpeakerFinder speakers, List<Attribution> history)
    {
        // A cue that finds no speaker ('"…," adding that …') yields to a cue on the other side that does
        // ('In a statement, Marsh said: "…," adding that …').
        (Cue? Cue, SpeakerSlot Speaker, bool Local, bool FromBefore)? unnamed = null;

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
            // '…," Malkia Cyril, the director of X and a producer of the film, said.': a frame that opens with a named
            // mention and its apposition keeps its cue across the links inside the apposition.
            var nameEnd = from < limit && speakers.TypeAt(from) is not null ? speakers.NameStartingAt(from, limit) : -1;
            var nameFirst = nameEnd > from && nameEnd < limit && document.TextOf(nameEnd) is ",";
            for (var t = from; t < limit; t++)
            {
                if (QuoteMarks.IsMark(document, t) && QuoteMarks.LooksOpening(document, t) && !QuoteMarks.IsNicknameMark(document, t))
                {
                    break;
                }

                if (!nameFirst && s_clauseLinks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TextOf(t)))
                {
                    // '"dear friend" when they met …, and agencies reported': the cue belongs to another clause.
                    break;
                }

                if (cueAt[t] >= 0)
                {
                    var cue = cues[cueAt[t]];
                    if (IntroducesNextQuote(document, piece, cue, limit))
                    {
                        break;
                    }

                    var speaker = cue.Kind == CueKind.Source ? speakers.After(cue.End, limit) : speakers.Before(cue.Start, from);
                    if (speaker.Kind == SpeakerKind.None)
                    {
                        speaker = speakers.After(cue.End, limit);
                    }

                    if (speaker.Kind != SpeakerKind.None)
                    {
                        return (cue, speaker, true, false);
                    }

                    unnamed = (cue, speaker, true, false);
                    break;
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

                if (speaker.Kind != SpeakerKind.None)
                {
                    // A cue reached past a nearer one frames its own quote, so the pieces stay apart.
                    return (cue, speaker, true, unnamed is null);
                }

                // 'Reyes sings to the senator before asking her, "…"': no subject before the cue and only its hearer
                // after it; an earlier cue in the frame may name the speaker.
                unnamed ??= (cue, speaker, true, true);
            }
        }

        if (unnamed is { } withoutSpeaker)
        {
            return withoutSpeaker;
        }

        if (!OpensSentence(document, piece, speakers))
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

    /// <summary>
    /// True when a cue after a quote that ends its own sentence ('… change.”') leads into the next quote ('She adds,
    /// “…”'): the cue attributes that one, and this quote keeps the cue it had before it.
    /// </summary>
    private static bool IntroducesNextQuote(Document document, QuotedPiece piece, Cue cue, int limit)
    {
        if (piece.Close <= piece.Content.Start || document.TextOf(piece.Close - 1) is not ".")
        {
            return false;
        }

        for (var t = cue.End; t < Math.Min(limit, cue.End + 4); t++)
        {
            if (QuoteMarks.IsMark(document, t))
            {
                return QuoteMarks.LooksOpening(document, t);
            }
        }

        return false;
    }

    private static bool SameSentence(Document document, QuotedPiece before, QuotedPiece piece) =>
        document.SentenceIndexOf(before.Content.End - 1) == document.SentenceIndexOf(piece.Open);

    /// <summary>
    /// True when no word precedes the piece's opening mark in its sentence: a bare quote of its own, not a term
    /// quoted mid-sentence ('as "dear friend" when they met'), which must not join the quote before it.
    /// </summary>
    private static bool OpensSentence(Document document, QuotedPiece piece, SpeakerFinder speakers)
    {
        // Walks back to the sentence's start or to a full stop the segmenter left inside it ('… integration. ''That's …'':
        // doubled ASCII marks after a stop are often read as closing the sentence before).
        var sentence = document.Sentences[document.SentenceIndexOf(piece.Open)].Tokens;
        for (var t = piece.Open - 1; t >= sentence.Start; t--)
        {
            if (document.TextOf(t) is "." or "?" or "!")
            {
                return true;
            }

            if (speakers.IsWord(t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when nothing but punctuation follows the piece's closing mark in its sentence.</summary>
    private static bool EndsSentence(Document document, QuotedPiece piece, SpeakerFinder speakers)
    {
        if (piece.Close < 0)
        {
            return true;
        }

        var sentence = document.Sentences[document.SentenceIndexOf(piece.Close)].Tokens;
        for (var t = piece.Close + 1; t < sentence.End; t++)
        {
            if (speakers.IsWord(t))
            {
                return false;
            }
        }

        return true;
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
        List<Attribution> history, SpeakerResolver resolver, SpeakerFinder speakers)
    {
        if (group.Count == 0)
        {
            return;
        }

        // Words quoted in the middle of the writer's own sentence with no cue anywhere near ('dropping a pledge of
        // "steady long-term funding" for the port') are a borrowed phrase, not speech.
        if (cue is null && group.Count == 1 && !OpensSentence(document, group[0], speakers) && !EndsSentence(document, group[0], speakers))
        {
            return;
        }

        int words = 0, capitalised = 0, lettered = 0;
        foreach (var piece in group)
        {
            for (var t = piece.Content.Start; t < piece.Content.End && words <= ScareQuoteMaxWords; t++)
            {
                if (QuoteText.IsWordToken(document, t))
                {
                    var text = document.TextOf(t);
                    words++;
                    capitalised += char.IsUpper(text[0]) ? 1 : 0;
                    lettered += QuoteText.HasLetter(text) ? 1 : 0;
                }
            }
        }

        // Scare quotes and titles: a few quoted words with no cue in their own sentence are not speech, and
        // a few words all capitalised ("Evening Brief", "The 24") or with no letters (tweet ids) are titles or
        // codes even next to a cue.
        var shortQuote = words <= ScareQuoteMaxWords;
        if (shortQuote && (!(local && cue is not null) || lettered == 0 || (words >= 2 && capitalised == words)))
        {
            return;
        }

        var first = group[0];
        var last = group[^1];
        var tokens = new TokenRange(first.Content.Start, last.Content.End);
        if (NonSpeech.IsMarkupValue(document, first.Open) || NonSpeech.FollowsNamingWord(document, first.Open)
            || (group.Count == 1 && NonSpeech.IsTitle(document, tokens, local && cue is not null)))
        {
            return;
        }

        var content = document.CharRange(tokens);
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
