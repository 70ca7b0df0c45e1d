using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class CueChoiceTests
{
    [Fact]
    public void A_participle_after_the_quote_yields_to_the_named_cue_before_it()
    {
        // Given '"…," adding that …' after a quote that "Northfield Mining said:" introduces
        var document = WithPeople(
            "In a statement, Northfield Mining said: \"The company was thriving when it became independent,\" adding that its value grew.",
            "Northfield Mining");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the quote is Northfield Mining's, cued by "said"
        Assert.Equal("Northfield Mining", SpeakerOf(document, quote));
        Assert.StartsWith("said", document.TextOf(quote.Cue!.Value).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_whose_only_neighbour_is_its_hearer_yields_to_an_earlier_cue_naming_the_speaker()
    {
        // Given '"A," X sings to Y before asking her, "B"'
        var document = WithPeople(
            "“Keep your hands in sight,” Ana Reyes sings to the senator before asking her, “Who pays for this?”",
            "Ana Reyes");

        // When quotes are extracted
        var quotes = ExtractQuotes(document).Where(q => q.Direct).ToList();

        // Then there are two quotes, both Ana Reyes's
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Who pays for this?", TextOf(document, quotes[1]));
        Assert.All(quotes, q => Assert.Equal("Ana Reyes", SpeakerOf(document, q)));
    }

    [Fact]
    public void A_preposition_before_the_cue_is_no_speaker()
    {
        // Given a quote whose cue follows "before" and no one speaks before it in the frame
        var document = WithPeople("The hall went quiet before asking, “Who is next?”");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the speaker stays unknown rather than the word "before"
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerMention);
    }

    [Theory]
    [InlineData("demanded")]
    [InlineData("commented")]
    [InlineData("conceded")]
    [InlineData("shot back")]
    public void More_reporting_verbs_attribute_a_quote(string verb)
    {
        // Given a quote followed by a name and one of the added reporting verbs
        var document = WithPeople($"“Why is this not clear proof of failure?” Tom Vance {verb}.", "Tom Vance");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the named person is the speaker
        Assert.Equal("Tom Vance", SpeakerOf(document, quote));
    }

    [Fact]
    public void The_following_comment_introduces_the_quote_in_the_next_paragraph()
    {
        // Given "X made the following comment:" closing a paragraph and a bare quote paragraph after it
        var document = WithPeople(
            "Last June, Ruth Adler made the following comment:\n\n“Young workers in this state are paid less than they were ten years ago.”",
            "Ruth Adler");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the quote is Ruth Adler's
        Assert.Equal("Ruth Adler", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_name_right_after_the_quote_keeps_its_cue_across_an_and_in_its_apposition()
    {
        // Given '"…," NAME, the director of X and a producer of the film, said.'
        var document = WithPeople(
            "“This story is not only in our courts,” Nia Brooks, the director of a media group and a producer of the film, said.",
            "Nia Brooks");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the cue after the apposition attributes the quote to the name
        Assert.Equal("Nia Brooks", SpeakerOf(document, quote));
    }

    [Fact]
    public void An_and_after_a_quote_still_ends_the_search_when_no_name_opens_the_frame()
    {
        // Given a quoted term, then "and" opening another clause that has its own cue
        var document = WithPeople(
            "The crowd greeted him as “our next senator” before the vote, and Nia Brooks said the count would take a week.",
            "Nia Brooks");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then no direct quote is given to Nia Brooks
        Assert.DoesNotContain(quotes, q => q.Direct && SpeakerOf(document, q) == "Nia Brooks");
    }

    [Fact]
    public void Tweeting_before_a_quote_attributes_it()
    {
        // Given 'NAME, …, poked at X, tweeting, "…"'
        var document = WithPeople(
            "Tom Vance, a former party chairman, poked at the senator, tweeting, “Notice how he avoids every question. Why?”",
            "Tom Vance");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the tweet is Tom Vance's
        Assert.Equal("Tom Vance", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_name_opening_the_next_sentence_does_not_carry_the_search_past_a_clause_link()
    {
        // Given a cued quote followed by a sentence that opens with a name and holds another "said" after "when"
        var document = WithPeople(
            "Tom Vance boasted, “That is how deals get done.” Tom Vance was defensive when asked about a builder who said he was never paid.",
            "Tom Vance");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the quote keeps the cue before it
        Assert.Equal("boasted", document.TextOf(quote.Cue!.Value).ToString());
        Assert.Equal("Tom Vance", SpeakerOf(document, quote));
    }
}
