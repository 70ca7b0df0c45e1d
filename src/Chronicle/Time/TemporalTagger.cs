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
/// <para>One pass: each token is looked up once in <see cref="TimeLexicon"/>, then each sentence is scanned left to
/// right by <see cref="TimexGrammar"/>; the tense of a clause is read (by <see cref="TenseDetector"/>) only for the
/// expressions whose value depends on it.</para>
/// <para>Conventions. Values follow the article record: YYYY-MM-DD, YYYY-MM or YYYY, else null. Weeks, weekends,
/// seasons, quarters, decades and centuries have no such form: their value is null and their TIMEX3 value
/// (2023-W12, 2023-W12-WE, 2023-SU, 2023-Q1, 199, 18) is kept in <see cref="TimeExpression.Timex3"/>, as are
/// durations (PT4.5H) and sets (XXXX-WXX-1). A weekday is the latest such day on or before publication unless its
/// clause points ahead (will, is to, scheduled, plans, expected, next), then the first on or after; so a weekday equal
/// to the publication day is that day in either tense ("talks scheduled for Tuesday" in a Tuesday article).
/// "last/next Friday" are strictly before/after. "a week ago" is the day seven days back; "N years ago" a year.
/// "a week later", "the next day", "that year" count from the last date the story named (null if none).
/// A yearless date takes the year its tense suggests, or the year written earlier in the same paragraph.
/// Without a publication date only expressions with their year written out get values.</para>
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

    /// <summary>How far (in days) an article's printed date line may be from its publication date and still anchor it.</summary>
    private const int MaximumDateLineDrift = 3;

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
            var anchor = ArticleDate(document, text, tokens, words.AsSpan(0, tokens.Length), candidates);
            var resolver = new TimexResolver(anchor);
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
                    var (value, timex3) = resolver.Resolve(meaning, tense, sentence.Paragraph, IsAttributiveYear(text, tokens, candidate, sentence.Tokens), sentence.Tokens.Start);
                    expressions.Add(new TimeExpression(new TextRange(candidate.CharStart, candidate.CharEnd), candidate.Kind, value)
                    {
                        Tokens = new TokenRange(candidate.TokenStart, candidate.TokenEnd),
                        Timex3 = timex3,
                    });
                }
            }

            EventDayPhrases.Add(document, words.AsSpan(0, tokens.Length), expressions);
            return expressions;
        }
        finally
        {
            ArrayPool<TimeWord>.Shared.Return(words);
        }
    }

    /// <summary>
    /// The date relative expressions count from. Wire and Wikinews stories print their own date as the first line
    /// ("Monday, March 4, 2019"); their "yesterday" counts from that day, which can differ by a day or two from the
    /// publication date a feed gives. So a full date standing alone as the first paragraph (or the second, after a
    /// one-sentence headline the text still carries), within
    /// <see cref="MaximumDateLineDrift"/> days of the publication date, is the anchor; otherwise the publication date.
    /// Without a publication date nothing relative is resolved, as the contract says.
    /// </summary>
    private static DateOnly? ArticleDate(Document document, string text, TokenData[] tokens, ReadOnlySpan<TimeWord> words, List<TimexCandidate> candidates)
    {
        var published = document.Metadata.Published;
        if (published is null || document.Sentences.Count == 0)
        {
            return published;
        }

        // The date line opens the text, or follows a one-sentence headline when the text still carries it.
        var sentences = document.Sentences;
        var line = 0;
        if (!StandsAlone(sentences, 0))
        {
            return published;
        }

        if (sentences.Count > 1 && StandsAlone(sentences, 1) && !IsDateLine(text, tokens, words, sentences[0], candidates))
        {
            line = 1;
        }

        var first = sentences[line];
        if (!IsDateLine(text, tokens, words, first, candidates))
        {
            return published;
        }

        var (value, _) = new TimexResolver(published).Resolve(candidates[0].Meaning, Tense.Unknown);
        return value is { Length: 10 }
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var printed)
            && Math.Abs(printed.DayNumber - published.Value.DayNumber) <= MaximumDateLineDrift
                ? printed
                : published;
    }

    /// <summary>
    /// A bare year that is part of a name rather than the time of the story: a model or vintage after "a"
    /// ("a 2005 Vauxhall Zafira") or an instrument after "the" ("the 1965 Voting Rights Act", "the 2015 Paris
    /// Agreement"). Such a year dates no later yearless date; "the 2016 Democratic primaries" or "the 2013 season"
    /// still do.
    /// </summary>
    private static bool IsAttributiveYear(string text, TokenData[] tokens, in TimexCandidate candidate, TokenRange sentence)
    {
        if (candidate.Meaning.Form != TimexForm.Calendar || candidate.Meaning.Month != 0 || candidate.TokenEnd != candidate.TokenStart + 1
            || candidate.TokenStart <= sentence.Start || candidate.TokenEnd >= sentence.End)
        {
            return false;
        }

        var before = Span(text, tokens, candidate.TokenStart - 1);
        if (!IsCapitalizedWord(Span(text, tokens, candidate.TokenEnd)))
        {
            return false;
        }

        if (before.Equals("a", StringComparison.OrdinalIgnoreCase) || before.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var last = candidate.TokenEnd;
        while (last + 1 < sentence.End && last + 1 < candidate.TokenEnd + 6 && IsCapitalizedWord(Span(text, tokens, last + 1)))
        {
            last++;
        }

        return InstrumentHeads.Contains(Span(text, tokens, last));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstrumentHeads =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["Act", "Acts", "Law", "Treaty", "Agreement", "Accord", "Accords", "Convention", "Constitution", "Charter", "Protocol",
             "Declaration", "Resolution", "Amendment", "Bill", "Code", "Directive", "Regulation"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsCapitalizedWord(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLetter(word[1]);

    private static ReadOnlySpan<char> Span(string text, TokenData[] tokens, int i) => text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);

    /// <summary>True when sentence <paramref name="index"/> is a paragraph of its own.</summary>
    private static bool StandsAlone(IReadOnlyList<Sentence> sentences, int index)
    {
        var paragraph = sentences[index].Paragraph;
        return (index == 0 || sentences[index - 1].Paragraph != paragraph)
            && (index + 1 >= sentences.Count || sentences[index + 1].Paragraph != paragraph);
    }

    /// <summary>True when the sentence is one time expression and nothing else (a final full stop aside); it is then the only candidate.</summary>
    private static bool IsDateLine(string text, TokenData[] tokens, ReadOnlySpan<TimeWord> words, Sentence sentence, List<TimexCandidate> candidates)
    {
        candidates.Clear();
        TimexGrammar.Scan(new TokenWindow(text, tokens, words, sentence.Tokens.Start, sentence.Tokens.End), candidates);
        return candidates.Count == 1 && candidates[0].TokenStart == sentence.Tokens.Start && candidates[0].TokenEnd >= sentence.Tokens.End - 1;
    }
}
