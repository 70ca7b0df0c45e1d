using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// A gazetteer over the actor knowledge base: marks the longest span starting at each capitalised token that the
/// knowledge base knows (people, organisations, countries, adjectives, demonyms, cities, seats of power), with the
/// union of its readings as <see cref="ActorGazetteerKinds"/> bits. Spans start and end on capitalised tokens and
/// cross only capitalised words and short connectors ("of", "the", "and", "&amp;", "-"), which bounds the
/// lookups to a few per capitalised token; <see cref="ActorKnowledgeBase.Lookup"/> normalises on the stack and
/// matches short initialisms only in capitals, so marking allocates nothing and "us"/"who" are never marked.
/// Immutable and thread-safe.
/// </summary>
public sealed class ActorGazetteer : IGazetteer
{
    /// <summary>The name models record; change it when the marking rules change (the knowledge-base data may grow).</summary>
    public const string DefaultName = "actor-kb-v1";

    /// <summary>Longest span tried, in tokens ("Organization of the Petroleum Exporting Countries" is 6).</summary>
    public const int MaxTokens = 8;

    private static readonly Lazy<ActorGazetteer> s_default = new(() => new ActorGazetteer(ActorKnowledgeBase.Default));

    private readonly ActorKnowledgeBase _knowledgeBase;

    public ActorGazetteer(ActorKnowledgeBase knowledgeBase, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _knowledgeBase = knowledgeBase;
        Name = name;
    }

    /// <summary>The gazetteer over <see cref="ActorKnowledgeBase.Default"/>, built on first use.</summary>
    public static ActorGazetteer Default => s_default.Value;

    public string Name { get; }

    public void Mark(Document document, TokenRange sentence, Span<GazetteerMark> marks) =>
        CapitalisedSpans.Mark(new Rules(_knowledgeBase), document, sentence, marks, MaxTokens);

    /// <summary>The readings of a span: the union over its candidates.</summary>
    public static ActorGazetteerKinds KindsOf(ReadOnlySpan<ActorCandidate> candidates)
    {
        var kinds = ActorGazetteerKinds.None;
        foreach (var candidate in candidates)
        {
            kinds |= candidate.Entry switch
            {
                Person => candidate.Form == SurfaceForm.Surname ? ActorGazetteerKinds.PersonSurname : ActorGazetteerKinds.PersonName,
                Organisation => ActorGazetteerKinds.Organisation,
                SeatOfPower => ActorGazetteerKinds.SeatOfPower,
                _ => candidate.Form switch
                {
                    SurfaceForm.Adjective => ActorGazetteerKinds.Adjective,
                    SurfaceForm.Demonym => ActorGazetteerKinds.Demonym,
                    SurfaceForm.Capital or SurfaceForm.City => ActorGazetteerKinds.City,
                    _ => ActorGazetteerKinds.CountryName,
                },
            };
        }

        return kinds;
    }

    /// <summary>Names start at any capitalised token but a sentence's "The"; the knowledge base says what a span names.</summary>
    private readonly struct Rules(ActorKnowledgeBase knowledgeBase) : ICapitalisedSpanRules
    {
        public bool CanStart(ReadOnlySpan<char> token) => !token.Equals("The", StringComparison.Ordinal);

        /// <summary>Short lower-case words and joiners that occur inside names ("Bank of England", "Trinidad and Tobago", "Guinea-Bissau").</summary>
        public bool IsConnector(ReadOnlySpan<char> token) =>
            token is "of" or "the" or "and" or "for" or "de" or "du" or "al" or "bin" or "von" or "van" or "&" or "-" or "." or "'" or "on" or "in";

        public byte CategoryOf(ReadOnlySpan<char> span) => (byte)KindsOf(knowledgeBase.Lookup(span));
    }
}
