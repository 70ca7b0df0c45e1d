using Chronicle.Tests.Support;

namespace Chronicle.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var document = TestDocuments.Segmented(text);
        return [.. document.Sentences.Select(s => document.TextOf(document.CharRange(s.Tokens)).ToString())];
    }

    [Fact]
    public void Abbreviations_initials_and_decimals_do_not_end_sentences()
    {
        // Given a paragraph full of periods that are not sentence ends
        const string text = "Gen. Mark Milley met Dr. J. K. Rowling on Jan. 5 at 3.5 p.m. in Washington. They talked.";

        // When it is segmented
        var sentences = Sentences(text);

        // Then only the real ends split it
        Assert.Equal(["Gen. Mark Milley met Dr. J. K. Rowling on Jan. 5 at 3.5 p.m. in Washington.", "They talked."], sentences);
    }

    [Fact]
    public void A_quote_closing_after_the_period_belongs_to_the_sentence()
    {
        // Given quotations that end sentences
        const string text = "He said: \"We agree.\" Then he left. \u201CNo!\u201D she said. \u201CWhy?\u201D asked Xi.";

        // When it is segmented
        var sentences = Sentences(text);

        // Then the closing quotes stay with their sentence, and a lower-case continuation does not start one
        Assert.Equal(["He said: \"We agree.\"", "Then he left.", "\u201CNo!\u201D she said.", "\u201CWhy?\u201D asked Xi."], sentences);
    }

    [Fact]
    public void A_dotted_acronym_ends_a_sentence_only_before_a_sentence_opener()
    {
        // Given "U.S." inside and at the end of sentences
        const string text = "The U.S. President spoke in the U.S. The talks ended. Acme Inc. said it agreed.";

        // When it is segmented
        var sentences = Sentences(text);

        // Then it ends the sentence only where "The" follows
        Assert.Equal(["The U.S. President spoke in the U.S.", "The talks ended.", "Acme Inc. said it agreed."], sentences);
    }

    [Fact]
    public void Headlines_and_lines_without_final_punctuation_are_sentences_of_their_own()
    {
        // Given a headline paragraph, a dateline paragraph and body text
        const string text = "Putin Meets Xi In Moscow\n\nFriday, May 8, 2009\n\nThe leaders met... Talks went on. Officials were pleased";

        // When it is segmented
        var sentences = Sentences(text);

        // Then paragraphs bound sentences, and an ellipsis before a capital ends one
        Assert.Equal(["Putin Meets Xi In Moscow", "Friday, May 8, 2009", "The leaders met...", "Talks went on.", "Officials were pleased"], sentences);
    }

    [Fact]
    public void A_reference_mark_after_the_period_stays_with_its_sentence()
    {
        // Given encyclopaedic text with reference marks
        const string text = "He died in 2014. [4] His legacy continues. [1 - 3] The end.";

        // When it is segmented
        var sentences = Sentences(text);

        // Then each mark closes the sentence before it
        Assert.Equal(["He died in 2014. [4]", "His legacy continues. [1 - 3]", "The end."], sentences);
    }

    [Fact]
    public void Sentences_cover_every_token_once_in_order()
    {
        // Given a multi-paragraph text
        var document = TestDocuments.Segmented("One. Two? Three!\n\n\"Four.\" Five\u2026 six.");

        // When it is segmented
        // Then sentences tile the token table and carry their paragraph
        var next = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.Equal(next, sentence.Tokens.Start);
            Assert.True(sentence.Tokens.Length > 0);
            next = sentence.Tokens.End;
        }

        Assert.Equal(document.Tokens.Length, next);
        Assert.Equal([0, 0, 0, 1, 1], document.Sentences.Select(s => s.Paragraph));
    }
}
