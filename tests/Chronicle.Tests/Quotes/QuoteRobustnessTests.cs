using System.Text;
using Chronicle.Tests.Support;
using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class QuoteRobustnessTests
{
    [Fact]
    public void An_opening_mark_that_never_closes_ends_with_its_paragraph()
    {
        // Given a quote whose closing mark is missing, followed by a paragraph that does not open with a mark
        var document = WithPeople("Ann Cole said: \"We will win this seat and hold it for years\n\nThe count continues.", "Ann Cole");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the quote stops at the end of its paragraph
        Assert.Equal("We will win this seat and hold it for years", TextOf(document, quote));
        Assert.Equal("Ann Cole", SpeakerOf(document, quote));
    }

    [Fact]
    public void Stray_and_unbalanced_marks_in_any_order_raise_no_exception()
    {
        // Given paragraphs made of mismatched, stray and doubled quotation marks
        var text = "” said he. “ “ ‘ ’ ' '' `` \" \"\n\n\"\n\n’Tis the \"season” ‘ of “ hope’ \"\"\n\n\" \" \" said";
        var document = TestDocuments.Segmented(text);

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then every quote lies inside the text, in order
        Assert.All(quotes, q => Assert.True(q.Content.Start >= 0 && q.Content.End <= text.Length && q.Content.Start <= q.Content.End));
    }

    [Fact]
    public void A_quote_of_five_thousand_words_is_found_whole()
    {
        // Given a quote of 5,000 words in one paragraph
        var words = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            words.Append(i % 12 == 11 ? "growth. " : "word ");
        }

        var body = words.ToString().TrimEnd();
        var document = WithPeople($"\"{body}\" Mia Stone said.", "Mia Stone");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the whole body is the quote and it is Mia Stone's
        Assert.Equal(body, TextOf(document, quote));
        Assert.Equal("Mia Stone", SpeakerOf(document, quote));
    }

    [Fact]
    public void An_article_that_is_one_long_quote_is_one_quote_with_no_speaker()
    {
        // Given an article of three paragraphs that is a single multi-paragraph quote with no attribution
        var document = TestDocuments.Segmented(
            "\"The first paragraph says what happened in the city.\n\n"
            + "\"The second paragraph says why it matters for the region.\n\n"
            + "\"The third paragraph closes the statement for the record.\"");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then it is one quote over three segments, and nobody is named as its speaker
        Assert.Equal(3, quote.Segments.Count);
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerMention);
    }

    [Fact]
    public void Quotes_with_no_speaker_anywhere_keep_a_null_speaker()
    {
        // Given a long quote with no cue, no name and no earlier attribution
        var document = TestDocuments.Segmented("The sign on the door read: \"Closed until further notice because of the flooding downstairs.\"");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the quote is found and the speaker is null rather than guessed
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerMention);
    }

    [Fact]
    public void An_unnamed_speaker_gives_a_null_speaker_not_a_nearby_name()
    {
        // Given a quote attributed to "a senior official", in a paragraph that names someone else
        var document = WithPeople("Omar Haddad arrived late. \"The deal is off for now,\" a senior official said.", "Omar Haddad");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the speaker is null
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void An_empty_document_has_no_quotes()
    {
        // Given a document without tokens
        var document = new Chronicle.Documents.Document(string.Empty, new Chronicle.Documents.ArticleMetadata("empty"));

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then there are none
        Assert.Empty(quotes);
    }
}
