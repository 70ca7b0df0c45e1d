using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class QuoteJoiningTests
{
    [Fact]
    public void A_cue_leading_into_the_next_quote_leaves_the_quote_before_it_to_its_own_cue()
    {
        // Given 'X says Y is the “A.” She adds, “B?”'
        var document = WithPeople(
            "Mara Holt says the rival stands for the “old habits he claims to oppose.” She adds, “Why does he hide his own record?”",
            "Mara Holt");

        // When quotes are extracted
        var quotes = ExtractQuotes(document).Where(q => q.Direct).ToList();

        // Then the two quotes stay apart, the first cued by "says" and the second by "adds"
        Assert.Equal(2, quotes.Count);
        Assert.Equal("says", document.TextOf(quotes[0].Cue!.Value).ToString());
        Assert.Equal("Why does he hide his own record?", TextOf(document, quotes[1]));
        Assert.Equal("adds", document.TextOf(quotes[1].Cue!.Value).ToString());
    }

    [Fact]
    public void Words_quoted_inside_the_writers_sentence_do_not_join_the_full_quote_after_the_cue()
    {
        // Given 'X said … because “A,” she said. “B.”'
        var document = WithPeople(
            "Lena Ortiz said the law was worth a film because “most people never heard of that clause,” she said. “We cannot understand today without it.”",
            "Lena Ortiz");

        // When quotes are extracted
        var quotes = ExtractQuotes(document).Where(q => q.Direct).ToList();

        // Then the full quote after the cue is a quote of its own, still Lena Ortiz's
        Assert.Contains(quotes, q => TextOf(document, q) == "We cannot understand today without it." && SpeakerOf(document, q) == "Lena Ortiz");
    }

    [Fact]
    public void A_fragment_the_sentence_goes_on_after_does_not_join_the_quote_before_it()
    {
        // Given '“A,” X said. “B” to …, she said.'
        var document = WithPeople(
            "“This is simply wrong,” Dana Fox said. “You cut every corner you could” to lift the share price, she said.",
            "Dana Fox");

        // When quotes are extracted
        var quotes = ExtractQuotes(document).Where(q => q.Direct).ToList();

        // Then there are two quotes, both Dana Fox's
        Assert.Equal(2, quotes.Count);
        Assert.Equal("This is simply wrong,", TextOf(document, quotes[0]));
        Assert.All(quotes, q => Assert.Equal("Dana Fox", SpeakerOf(document, q)));
    }

    [Fact]
    public void Further_quoted_words_in_a_sentence_its_cue_opens_join_the_quote()
    {
        // Given 'X claimed “A” … a “B,” and concluded …'
        var document = WithPeople(
            "Rex Hall claimed “the figures are inflated” by the agency through a “careless use of averages,” and moved on.",
            "Rex Hall");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then both pieces make one quote of Rex Hall's
        Assert.Equal(2, quote.Segments.Count);
        Assert.Equal("Rex Hall", SpeakerOf(document, quote));
    }
}
