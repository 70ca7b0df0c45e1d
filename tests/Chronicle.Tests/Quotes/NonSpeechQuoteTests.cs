using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class NonSpeechQuoteTests
{
    [Fact]
    public void A_quoted_section_heading_on_a_line_of_its_own_is_no_quote()
    {
        // Given a quote, then a paragraph that is only a quoted title-case heading, then more text
        var document = WithPeople(
            "\"We will rebuild the mill by spring,\" Nora Lind said.\n\n'The Mill Isn't Finished.'\n\nThe river rose again in May.",
            "Nora Lind");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then only the spoken quote is found
        Assert.Equal("We will rebuild the mill by spring,", TextOf(document, quote));
    }

    [Fact]
    public void A_quoted_show_title_before_a_reporting_clause_is_no_quote()
    {
        // Given a show's title in quotation marks in a sentence that reports indirect speech
        var document = WithPeople(
            "On Monday's episode of \"The Evening Talk Hour,\" Nora Lind said the bill would pass.", "Nora Lind");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then the title is no direct quote
        Assert.DoesNotContain(quotes, q => q.Direct);
    }

    [Fact]
    public void A_title_case_book_title_is_no_quote_even_next_to_a_cue()
    {
        // Given a book title with "wrote" after it, and no sentence end inside the marks
        var document = WithPeople("In his book \"Make Your Garden Grow Again,\" Ivan Berg wrote about soil.", "Ivan Berg");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then the title is no direct quote
        Assert.DoesNotContain(quotes, q => q.Direct);
    }

    [Fact]
    public void A_capitalised_sentence_with_a_cue_is_still_a_quote()
    {
        // Given a short spoken sentence whose words are all capitalised, with a cue
        var document = WithPeople("\"Vote For Change Now!\" Nora Lind shouted.", "Nora Lind");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then it stays a quote of Nora Lind
        Assert.Equal("Nora Lind", SpeakerOf(document, quote));
    }

    [Fact]
    public void Attribute_values_of_markup_left_in_the_text_are_no_quotes()
    {
        // Given markup whose attribute values are in quotation marks
        var document = WithPeople(
            "Nora Lind spoke at noon.\n\n<post author=\"someone_here\" link=\"example.org/p/12\">The vote is close.</post>", "Nora Lind");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then no attribute value is a quote
        Assert.DoesNotContain(quotes, q => q.Direct);
    }

    [Fact]
    public void Two_quoted_terms_in_one_sentence_do_not_join_into_one_quote()
    {
        // Given two quoted phrases inside one narrative sentence, with names between them
        var document = WithPeople(
            "The paper sent its “senior climate writer” Nora Lind, who won a prize last year, into “a small farm kitchen in northern Ohio” to watch the debate.",
            "Nora Lind");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then no quote runs from the first term to the second
        Assert.DoesNotContain(quotes, q => q.Direct && TextOf(document, q).Contains("Nora Lind", StringComparison.Ordinal));
    }

    [Fact]
    public void A_curly_quote_nested_in_a_curly_quote_of_the_same_shape_stays_inside_it()
    {
        // Given a quote that quotes a word with the same double curly marks, signed after a dash
        var document = WithPeople(
            "“As a nurse, I’d sooner trust what she calls “noise” than her own plan.” ― Maria Lopez", "Maria Lopez");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the whole outer quote is one quote, signed by Maria Lopez
        Assert.Equal("As a nurse, I’d sooner trust what she calls “noise” than her own plan.", TextOf(document, quote));
        Assert.Equal("Maria Lopez", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_quoted_nickname_inside_a_name_is_no_quote_and_does_not_hide_the_cue()
    {
        // Given a quote attributed to a person whose nickname sits in quotation marks inside her name
        var document = WithPeople(
            "\"Tonight is a fine night for our mayor!\" His niece, Del. Alma \"Ali\" Ortiz, shouted to the crowd. \"The city is watching us.\"",
            "Alma", "Ortiz");

        // When quotes are extracted
        var quotes = ExtractQuotes(document).Where(q => q.Direct).ToList();

        // Then the nickname is no quote, and the quote (with the one after, as one interrupted quote) is hers
        Assert.DoesNotContain(quotes, q => TextOf(document, q).StartsWith("Ali", StringComparison.Ordinal));
        Assert.StartsWith("Tonight is a fine night for our mayor!", TextOf(document, quotes[0]), StringComparison.Ordinal);
        Assert.Contains(SpeakerOf(document, quotes[0]), new[] { "Alma", "Ortiz" });
    }

    [Fact]
    public void Words_quoted_after_titled_are_a_name_not_speech()
    {
        // Given an ad's name in quotation marks after "titled", in a sentence with a noun that looks like a cue
        var document = WithPeople(
            "The new spot, titled “Reckless,” cites a report that Nora Lind skipped three votes.", "Nora Lind");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then the name of the spot is no direct quote
        Assert.DoesNotContain(quotes, q => q.Direct);
    }

    [Fact]
    public void Words_quoted_mid_sentence_with_no_cue_are_no_quote()
    {
        // Given a phrase quoted in the middle of the writer's own sentence, with no reporting verb in it
        var document = WithPeople("The committee struck out a call for \"sending more field hospitals\" to the region last week.");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then no direct quote is found
        Assert.DoesNotContain(quotes, q => q.Direct);
    }

    [Fact]
    public void Words_quoted_mid_sentence_after_a_cue_stay_a_quote()
    {
        // Given the same kind of phrase, but reported by a named speaker
        var document = WithPeople("Nora Lind said the plan meant \"sending more field hospitals\" to the region.", "Nora Lind");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the phrase is Nora Lind's quote
        Assert.Equal("Nora Lind", SpeakerOf(document, quote));
    }
}
