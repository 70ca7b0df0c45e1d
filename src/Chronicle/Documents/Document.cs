using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Quotes;
using Chronicle.Time;

namespace Chronicle.Documents;

/// <summary>
/// The unit every pipeline component reads and annotates: one cleaned article.
/// The text is immutable; components assign their layers (tokens, sentences, entities, …) in pipeline order.
/// </summary>
public sealed class Document
{
    private readonly List<string> _notes = [];
    private readonly List<string> _lemmas = [];

    public Document(string text, ArticleMetadata metadata, IReadOnlyList<TextRange>? paragraphs = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = text;
        Metadata = metadata;
        Paragraphs = paragraphs ?? (text.Length == 0 ? [] : [new TextRange(0, text.Length)]);
    }

    /// <summary>The cleaned body; every offset in the document indexes this string.</summary>
    public string Text { get; }

    public ArticleMetadata Metadata { get; set; }

    /// <summary>ISO 639-1 code; null until detected.</summary>
    public string? Language { get; set; }

    public bool IsEnglish => Language is null or "en";

    public IReadOnlyList<TextRange> Paragraphs { get; set; }

    /// <summary>The token table. Components that tag, parse or label write into it in place.</summary>
    public TokenData[] Tokens { get; set; } = [];

    public IReadOnlyList<Sentence> Sentences { get; set; } = [];

    /// <summary>Named-entity mentions as the NER found them (before clustering).</summary>
    public IReadOnlyList<EntityMention> Mentions { get; set; } = [];

    /// <summary>Real-world entities: clusters of mentions with names, aliases and codes.</summary>
    public IReadOnlyList<ResolvedEntity> Entities { get; set; } = [];

    public IReadOnlyList<TimeExpression> TimeExpressions { get; set; } = [];

    public IReadOnlyList<QuoteAnnotation> Quotes { get; set; } = [];

    public IReadOnlyList<EventAnnotation> Events { get; set; } = [];

    /// <summary>Things a reader of the output should know: skipped stages, recovered errors.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Penn tag names indexed by <see cref="TokenData.Tag"/> (the tag set of the tagger that ran; empty before).</summary>
    public IReadOnlyList<string> TagNames { get; set; } = [];

    /// <summary>Lemma strings referenced by <see cref="TokenData.Lemma"/>.</summary>
    public IReadOnlyList<string> Lemmas => _lemmas;

    public void AddNote(string note) => _notes.Add(note);

    /// <summary>Stores a lemma and returns the index to put in <see cref="TokenData.Lemma"/>.</summary>
    public int AddLemma(string lemma)
    {
        _lemmas.Add(lemma);
        return _lemmas.Count - 1;
    }

    public Token Token(int index) => new(this, index);

    public ReadOnlySpan<char> TextOf(int tokenIndex)
    {
        ref readonly var token = ref Tokens[tokenIndex];
        return Text.AsSpan(token.Start, token.End - token.Start);
    }

    public ReadOnlySpan<char> TextOf(TextRange range) => Text.AsSpan(range.Start, range.Length);

    /// <summary>Character range covered by a token range (empty range at 0 for an empty token range).</summary>
    public TextRange CharRange(TokenRange tokens) =>
        tokens.IsEmpty ? new TextRange(0, 0) : new TextRange(Tokens[tokens.Start].Start, Tokens[tokens.End - 1].End);

    /// <summary>Index of the sentence containing a token, by binary search; -1 if none.</summary>
    public int SentenceIndexOf(int tokenIndex)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var sentence = Sentences[mid];
            if (tokenIndex < sentence.Tokens.Start)
            {
                hi = mid - 1;
            }
            else if (tokenIndex >= sentence.Tokens.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Index of the first token whose start is at or after <paramref name="offset"/>.</summary>
    public int TokenIndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
