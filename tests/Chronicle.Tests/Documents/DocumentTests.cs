using Chronicle.Tests.Support;

namespace Chronicle.Tests.Documents;

public sealed class DocumentTests
{
    [Fact]
    public void Tokens_and_the_gaps_between_them_rejoin_the_text_exactly()
    {
        // Given
        const string text = "Moscow: Putin met Xi, and the U.S. didn't like it.\n\n\"Dear friend,\" he said.";

        // When
        var document = TestDocuments.Segmented(text);

        // Then
        var rebuilt = new System.Text.StringBuilder();
        var previousEnd = 0;
        foreach (var token in document.Tokens)
        {
            Assert.True(token.Start >= previousEnd);
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..token.Start]));
            rebuilt.Append(text, previousEnd, token.End - previousEnd);
            previousEnd = token.End;
        }

        rebuilt.Append(text, previousEnd, text.Length - previousEnd);
        Assert.Equal(text, rebuilt.ToString());
    }

    [Fact]
    public void Sentence_index_is_found_for_every_token()
    {
        var document = TestDocuments.Segmented("Putin met Xi. Xi praised Putin.\n\nBlinken objected.");

        Assert.Equal(3, document.Sentences.Count);
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            var sentence = document.SentenceIndexOf(i);
            Assert.True(document.Sentences[sentence].Tokens.Contains(i));
        }
    }
}
