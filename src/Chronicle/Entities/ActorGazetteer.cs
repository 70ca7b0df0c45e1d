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

    public void Mark(Document document, TokenRange sentence, Span<GazetteerMark> marks)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (!IsCapitalised(document.TextOf(i)) || IsArticle(document.TextOf(i)))
            {
                i++;
                continue;
            }

            // The furthest the span may reach: through capitalised words and connectors only.
            var limit = i + 1;
            while (limit < sentence.End && limit - i < MaxTokens && (IsCapitalised(document.TextOf(limit)) || IsConnector(document.TextOf(limit))))
            {
                limit++;
            }

            var length = 0;
            var kinds = ActorGazetteerKinds.None;
            for (var end = limit; end > i; end--)
            {
                if (!IsCapitalised(document.TextOf(end - 1)))
                {
                    continue;
                }

                var start = tokens[i].Start;
                var candidates = _knowledgeBase.Lookup(document.Text.AsSpan(start, tokens[end - 1].End - start));
                if (candidates.Length > 0)
                {
                    length = end - i;
                    kinds = KindsOf(candidates);
                    break;
                }
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            for (var t = 0; t < length; t++)
            {
                var position = length == 1 ? BilouPosition.Unit : t == 0 ? BilouPosition.Begin : t == length - 1 ? BilouPosition.Last : BilouPosition.Inside;
                marks[i - sentence.Start + t] = new GazetteerMark((byte)kinds, position);
            }

            i += length;
        }
    }

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

    private static bool IsCapitalised(ReadOnlySpan<char> text) => text.Length > 0 && char.IsUpper(text[0]);

    private static bool IsArticle(ReadOnlySpan<char> text) => text.Equals("The", StringComparison.Ordinal);

    /// <summary>Short lower-case words and joiners that occur inside names ("Bank of England", "Trinidad and Tobago", "Guinea-Bissau").</summary>
    private static bool IsConnector(ReadOnlySpan<char> text) =>
        text is "of" or "the" or "and" or "for" or "de" or "du" or "al" or "bin" or "von" or "van" or "&" or "-" or "." or "'" or "on" or "in";
}
