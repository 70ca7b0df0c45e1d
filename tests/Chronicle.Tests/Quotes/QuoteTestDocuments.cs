using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Quotes;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Quotes;

/// <summary>Hand-built documents for the quote tests: segmented text, mentions and entities given by name, no models.</summary>
internal static class QuoteTestDocuments
{
    /// <summary>A segmented document whose named persons (each occurrence of each name) are NER mentions and entities.</summary>
    public static Document WithPeople(string text, params string[] names)
    {
        var document = TestDocuments.Segmented(text);
        var mentions = new List<EntityMention>();
        var entities = new List<ResolvedEntity>();
        foreach (var name in names)
        {
            var ranges = new List<TextRange>();
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var range = new TextRange(at, at + name.Length);
                var first = document.TokenIndexAtOrAfter(at);
                var last = document.TokenIndexAtOrAfter(range.End);
                mentions.Add(new EntityMention(new TokenRange(first, last), range, EntityType.PERSON));
                ranges.Add(range);
            }

            entities.Add(new ResolvedEntity { Name = name, Type = EntityType.PERSON, Mentions = ranges });
        }

        document.Mentions = [.. mentions.OrderBy(m => m.Tokens.Start)];
        document.Entities = entities;
        return document;
    }

    public static IReadOnlyList<QuoteAnnotation> ExtractQuotes(Document document) => new QuoteExtractor().Extract(document);

    public static string TextOf(Document document, QuoteAnnotation quote) => document.TextOf(quote.Content).ToString();

    public static string? SpeakerOf(Document document, QuoteAnnotation quote) =>
        quote.Speaker is int s ? document.Entities[s].Name : null;

    public static QuoteAnnotation SingleDirect(Document document) => Assert.Single(ExtractQuotes(document), q => q.Direct);
}
