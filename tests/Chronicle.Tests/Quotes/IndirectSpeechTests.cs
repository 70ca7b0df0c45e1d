using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class IndirectSpeechTests
{
    [Theory]
    [InlineData("John Kirby said Xi should use his influence to press Putin.", "John Kirby", "Xi should use his influence to press Putin")]
    [InlineData("John Kirby said that Xi should use his influence to press Putin.", "John Kirby", "Xi should use his influence to press Putin")]
    [InlineData("John Kirby has said that China arming Russia could lead to war.", "John Kirby", "China arming Russia could lead to war")]
    [InlineData("John Kirby said on Monday that the talks would resume in May.", "John Kirby", "the talks would resume in May")]
    public void A_reporting_verb_with_a_clause_is_indirect_speech_of_its_subject(string text, string speaker, string content)
    {
        // Given a sentence reporting what someone said, without quotation marks
        var document = WithPeople(text, speaker);

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then it is indirect, its content is the reported clause and its speaker the subject
        Assert.False(quote.Direct);
        Assert.Equal(content, TextOf(document, quote));
        Assert.Equal(speaker, SpeakerOf(document, quote));
    }

    [Fact]
    public void Told_skips_the_hearer_and_reports_the_clause()
    {
        // Given "X told Y (that) …"
        var document = WithPeople("Vladimir Putin told Xi Jinping he viewed the proposals with respect.", "Vladimir Putin", "Xi Jinping");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the speaker is the teller and the content starts after the hearer
        Assert.Equal("he viewed the proposals with respect", TextOf(document, quote));
        Assert.Equal("Vladimir Putin", SpeakerOf(document, quote));
    }

    [Theory]
    [InlineData("According to Maya Stein, the budget will be cut by a third.", "the budget will be cut by a third")]
    [InlineData("The budget will be cut by a third, according to Maya Stein.", "The budget will be cut by a third")]
    public void According_to_names_the_source_on_either_side_of_the_content(string text, string content)
    {
        // Given an "according to" attribution before or after the content
        var document = WithPeople(text, "Maya Stein");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the content is the rest of the sentence and the source is the speaker
        Assert.False(quote.Direct);
        Assert.Equal(content, TextOf(document, quote));
        Assert.Equal("Maya Stein", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_reporting_clause_at_the_end_attributes_the_sentence_before_it()
    {
        // Given "CONTENT, X said."
        var document = WithPeople("The factory will close in June, Paul Berg said.", "Paul Berg");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the content is the clause before the comma
        Assert.Equal("The factory will close in June", TextOf(document, quote));
        Assert.Equal("Paul Berg", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_direct_quote_frame_is_not_also_indirect_speech()
    {
        // Given a direct quote attributed with "said"
        var document = WithPeople("\"We will cut the budget by a third this year,\" Maya Stein said.", "Maya Stein");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then there is only the direct quote
        Assert.Single(quotes);
        Assert.True(quotes[0].Direct);
    }

    [Fact]
    public void Indirect_speech_by_an_unnamed_source_has_a_null_speaker()
    {
        // Given indirect speech by "analysts"
        var document = WithPeople("Foreign policy analysts said the visit would not bring any military backing for Moscow.");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the speaker is null
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerMention);
    }
    [Fact]
    public void An_attribution_inside_the_sentence_makes_the_whole_sentence_the_content()
    {
        // Given "CONTENT, X said, CONTENT."
        var document = WithPeople("Tax cuts, Mr. Obama said, are not a plan for growth.", "Obama");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the sentence is the reported content and Obama the speaker
        Assert.Equal("Tax cuts, Mr. Obama said, are not a plan for growth", TextOf(document, quote));
        Assert.Equal("Obama", SpeakerOf(document, quote));
    }

    [Theory]
    [InlineData("Dana Reed urged Congress to pass the bill before the recess.", "Congress to pass the bill before the recess")]
    [InlineData("Dana Reed vowed to veto the bill if it reached her desk.", "to veto the bill if it reached her desk")]
    [InlineData("Dana Reed said U.S. spending on NATO may shrink.", "U.S. spending on NATO may shrink")]
    public void Requests_promises_and_clauses_opening_with_an_abbreviation_are_reported_content(string text, string content)
    {
        // Given a request, a promise or a clause that opens with "U.S."
        var document = WithPeople(text, "Dana Reed");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the content is what was requested, promised or said
        Assert.Equal(content, TextOf(document, quote));
        Assert.Equal("Dana Reed", SpeakerOf(document, quote));
    }
}
