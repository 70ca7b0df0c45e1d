using Chronicle.Documents;
using Chronicle.Segmentation;

namespace Chronicle.Tests.Support;

/// <summary>Builds documents by hand, without models, for tests about something other than the models.</summary>
public static class TestDocuments
{
    /// <summary>A document of one or more paragraphs (separated by blank lines), segmented by the rule-based segmenter.</summary>
    public static Document Segmented(string text, DateOnly? published = null)
    {
        var paragraphs = new List<TextRange>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                paragraphs.Add(new TextRange(start, end));
            }

            start = end + 2;
        }

        var document = new Document(text, new ArticleMetadata("test", Published: published), paragraphs);
        new Segmenter().Process(document);
        return document;
    }
}
