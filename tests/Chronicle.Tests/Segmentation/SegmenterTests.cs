using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Segmentation;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Segmentation;

public sealed class SegmenterTests
{
    [Fact]
    public void The_seed_articles_tokens_and_sentences_rejoin_its_body_exactly()
    {
        // Given the seed article, cleaned into paragraphs
        var raw = File.ReadAllText(SharedData.RepositoryPath("samples", "seed-putin-xi-moscow.txt"));
        var cleaned = new TextCleaner().Clean(raw, givenTitle: null);
        var document = new Document(cleaned.Body, new ArticleMetadata("seed"), cleaned.Paragraphs);

        // When it is segmented
        new Segmenter().Process(document);

        // Then only whitespace lies between tokens, sentences tile the tokens, and none crosses a paragraph
        var position = 0;
        foreach (var token in document.Tokens)
        {
            Assert.True(string.IsNullOrWhiteSpace(document.Text[position..token.Start]));
            Assert.True(token.End > token.Start);
            position = token.End;
        }

        Assert.True(string.IsNullOrWhiteSpace(document.Text[position..]));
        var next = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.Equal(next, sentence.Tokens.Start);
            next = sentence.Tokens.End;
            var paragraph = document.Paragraphs[sentence.Paragraph];
            var range = document.CharRange(sentence.Tokens);
            Assert.True(range.Start >= paragraph.Start && range.End <= paragraph.End);
        }

        Assert.Equal(document.Tokens.Length, next);
        Assert.Contains(document.Sentences, s => document.TextOf(document.CharRange(s.Tokens)).Contains("4-1/2 hours", StringComparison.Ordinal));
    }
}
