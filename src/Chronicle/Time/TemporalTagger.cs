using System.Buffers;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Time;

/// <summary>
/// Finds the time expressions of an article and resolves them against its publication date, in the spirit of
/// HeidelTime and SUTime: explicit dates in the common formats, weekdays, deictic words ("yesterday", "last month"),
/// anaphoric ones ("a week later"), seasons and quarters, durations and sets.
/// </summary>
/// <remarks>
/// One pass: each token is looked up once in <see cref="TimeLexicon"/>, then each sentence is scanned left to right
/// by <see cref="TimexGrammar"/>; the tense of a clause is read only for the expressions whose value depends on it.
/// Values follow the article record (YYYY-MM-DD, YYYY-MM, YYYY, else null); the full TIMEX3 value (weeks, seasons,
/// quarters, decades, durations, sets) is kept in <see cref="TimeExpression.Timex3"/>.
/// </remarks>
public sealed class TemporalTagger : IPipe
{
    // No lexicon word is longer than this; longer tokens skip the lookup.
    private const int LongestWord = 12;

    public string Name => "time";

    public PipeContract Contract { get; } = new(Annotation.Tokens | Annotation.Sentences, Annotation.TimeExpressions);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.TimeExpressions = Predict(document, cancellationToken);
    }

    /// <summary>The document's time expressions in text order, without writing them to the document.</summary>
    public IReadOnlyList<TimeExpression> Predict(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        if (tokens.Length == 0 || document.Sentences.Count == 0)
        {
            return [];
        }

        var text = document.Text;
        var words = ArrayPool<TimeWord>.Shared.Rent(tokens.Length);
        try
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                var length = tokens[i].End - tokens[i].Start;
                words[i] = length is > 0 and <= LongestWord && !char.IsAsciiDigit(text[tokens[i].Start])
                    ? TimeLexicon.Lookup(text.AsSpan(tokens[i].Start, length))
                    : default;
            }

            var candidates = new List<TimexCandidate>();
            var expressions = new List<TimeExpression>();
            var resolver = new TimexResolver(document.Metadata.Published);
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sentence.Tokens.IsEmpty)
                {
                    continue;
                }

                candidates.Clear();
                var window = new TokenWindow(text, tokens, words.AsSpan(0, tokens.Length), sentence.Tokens.Start, sentence.Tokens.End);
                TimexGrammar.Scan(window, candidates);
                foreach (var candidate in candidates)
                {
                    var meaning = candidate.Meaning;
                    var tense = TimexResolver.NeedsTense(meaning)
                        ? TenseDetector.Detect(document, sentence.Tokens, candidate.TokenStart, candidate.TokenEnd)
                        : Tense.Unknown;
                    var (value, timex3) = resolver.Resolve(meaning, tense, sentence.Paragraph);
                    expressions.Add(new TimeExpression(new TextRange(candidate.CharStart, candidate.CharEnd), candidate.Kind, value)
                    {
                        Tokens = new TokenRange(candidate.TokenStart, candidate.TokenEnd),
                        Timex3 = timex3,
                    });
                }
            }

            return expressions;
        }
        finally
        {
            ArrayPool<TimeWord>.Shared.Return(words);
        }
    }
}
