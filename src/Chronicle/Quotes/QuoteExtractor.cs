using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Quotes;

/// <summary>
/// Finds direct quotes (words between quotation marks) and indirect speech ("X said (that) …", "according to X, …")
/// and attributes each to a speaker: by a cue next to the quote, in the sentence before it, or by continuing the
/// speaker of the attribution just before a bare quote. The speaker stays null when the article names none.
/// Cues come from a lexicon of reporting verbs and phrases (data/quotes/cues.tsv); stateless and thread-safe.
/// </summary>
public sealed class QuoteExtractor : IPipe
{
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
        IndirectSpeechReader.Read(document, cues, quoted, speakers, history, quotes, resolver);
        cancellationToken.ThrowIfCancellationRequested();
        DirectQuoteReader.Read(document, pieces, cues, paragraphs, speakers, history, quotes, resolver);
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
}
