using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class StanceVerbTests
{
    [Theory]
    [InlineData("Maya Stein criticized the new tax on small farms.", "the new tax on small farms")]
    [InlineData("Maya Stein called for a full recount in every county.", "a full recount in every county")]
    [InlineData("Maya Stein called on the governor to resign by Friday.", "the governor to resign by Friday")]
    [InlineData("Maya Stein described the ruling as a victory for voters.", "the ruling as a victory for voters")]
    public void A_verb_of_taking_a_stance_reports_its_object_as_indirect_speech(string text, string content)
    {
        // Given a sentence in which someone criticizes, calls for or describes something
        var document = WithPeople(text, "Maya Stein");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the object is reported content, indirect, of the subject
        Assert.False(quote.Direct);
        Assert.Equal(content, TextOf(document, quote));
        Assert.Equal("Maya Stein", SpeakerOf(document, quote));
    }

    [Theory]
    [InlineData("Maya Stein talked about the cost of the new bridge.", "the cost of the new bridge")]
    [InlineData("Maya Stein asked for a recount in two counties.", "a recount in two counties")]
    [InlineData("Maya Stein spoke of her years on the city council.", "her years on the city council")]
    public void The_topic_after_about_for_or_of_is_the_reported_content(string text, string content)
    {
        // Given a verb of saying whose topic follows a preposition
        var document = WithPeople(text, "Maya Stein");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the topic, without the preposition, is the content
        Assert.Equal(content, TextOf(document, quote));
    }

    [Fact]
    public void A_bare_quote_right_after_a_stance_sentence_continues_its_subject()
    {
        // Given a sentence in which someone criticizes something, followed by a bare quote
        var document = WithPeople("Maya Stein criticized the plan. “It will never pass the senate in this form.”", "Maya Stein");

        // When quotes are extracted
        var direct = Assert.Single(ExtractQuotes(document), q => q.Direct);

        // Then the quote is hers, as a reader would take it
        Assert.Equal("Maya Stein", SpeakerOf(document, direct));
    }

    [Fact]
    public void A_noun_that_looks_like_a_stance_verb_is_no_cue()
    {
        // Given "attack" and "talks" used as nouns
        var document = WithPeople("The attack killed two guards. The talks ended without a deal.");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then there is no indirect speech
        Assert.Empty(quotes);
    }
}
