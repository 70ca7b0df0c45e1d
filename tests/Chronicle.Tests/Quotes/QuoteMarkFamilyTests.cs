using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class QuoteMarkFamilyTests
{
    [Theory]
    [InlineData("''", "''")]
    [InlineData("``", "''")]
    [InlineData("\"", "\"")]
    [InlineData("“", "”")]
    public void Every_family_of_double_marks_gives_the_same_quotes(string open, string close)
    {
        // Given the same paragraph quoted with straight, curly, doubled-apostrophe or backtick marks: a quote closed
        // after a comma, a cue and apposition, and a second piece; then a partial quote inside the writer's sentence
        var document = WithPeople(
            $"The plan drew fire. {open}This is not reform,{close} said Ann Lee, an economist at the Budget Forum. {open}It is anti-reform.{close}\n\n"
            + $"{open}I admire the mechanics{close} of the plan, Ann Lee said later.",
            "Ann Lee");

        // When quotes are extracted
        var quotes = ExtractQuotes(document).Where(q => q.Direct).ToList();

        // Then the closing mark after the comma ends the first piece, the two pieces form one quote of Ann Lee's, and
        // the partial quote stops at its own closing mark
        Assert.Equal(2, quotes.Count);
        Assert.Equal(2, quotes[0].Segments.Count);
        Assert.Equal("This is not reform,", document.TextOf(quotes[0].Segments[0]).ToString());
        Assert.Equal("It is anti-reform.", document.TextOf(quotes[0].Segments[1]).ToString());
        Assert.Equal("I admire the mechanics", TextOf(document, quotes[1]));
        Assert.All(quotes, q => Assert.Equal("Ann Lee", SpeakerOf(document, q)));
    }

    [Fact]
    public void A_curly_quoted_paragraph_does_not_continue_a_block_quote_opened_by_a_straight_mark()
    {
        // Given an excerpt paragraph opened by a straight mark that never closes, and a curly-quoted paragraph after it
        var document = WithPeople(
            "The report went on:\n\n\"Rosa thought the ruling was unfair and said so to anyone who would listen.\n\n"
            + "“I never doubted myself for a moment,” Rosa Diaz said months later.",
            "Rosa Diaz");

        // When quotes are extracted
        var quotes = ExtractQuotes(document).Where(q => q.Direct).ToList();

        // Then the curly quote is a quote of its own, Rosa Diaz's, not the end of the excerpt
        Assert.Contains(quotes, q => TextOf(document, q) == "I never doubted myself for a moment," && SpeakerOf(document, q) == "Rosa Diaz");
    }
}
