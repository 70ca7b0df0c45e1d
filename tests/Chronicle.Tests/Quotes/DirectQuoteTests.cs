using Chronicle.Quotes;
using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class DirectQuoteTests
{
    [Fact]
    public void Curly_quote_followed_by_name_and_said_belongs_to_that_person()
    {
        // Given a curly-quoted sentence attributed after the closing mark
        var document = WithPeople("“We will not back down on this,” Maria Lopez said on Monday.", "Maria Lopez");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the words between the marks are the quote and Maria Lopez its speaker, with the cue "said"
        Assert.Equal("We will not back down on this,", TextOf(document, quote));
        Assert.Equal("Maria Lopez", SpeakerOf(document, quote));
        Assert.Equal("said", document.TextOf(quote.Cue!.Value).ToString());
    }

    [Fact]
    public void Said_before_the_name_in_an_inversion_still_names_the_speaker()
    {
        // Given a straight-quoted sentence with "said Holloway" after it
        var document = WithPeople("\"The voters will remember this for a long time,\" said Pat Holloway.", "Pat Holloway");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then Holloway is the speaker
        Assert.Equal("Pat Holloway", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_cue_with_a_colon_before_the_quote_attributes_it()
    {
        // Given a speaker and cue that introduce the quote
        var document = WithPeople("Ann Lee told reporters: \"The talks failed because nobody came.\"", "Ann Lee");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the quote is Ann Lee's
        Assert.Equal("The talks failed because nobody came.", TextOf(document, quote));
        Assert.Equal("Ann Lee", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_bare_quote_paragraph_continues_the_speaker_of_the_quote_ending_the_paragraph_before()
    {
        // Given a quote attributed to Blinken and a paragraph that is only a quote, with mixed straight and curly marks
        var document = WithPeople(
            "\"China feels no responsibility to hold the Kremlin accountable,\" Secretary of State Antony Blinken said.\n\n"
            + "\"Instead of even condemning them, it would rather provide diplomatic cover.”",
            "Antony Blinken");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then both quotes are Blinken's and the second stays a quote of its own
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Antony Blinken", SpeakerOf(document, q)));
        Assert.Equal("Instead of even condemning them, it would rather provide diplomatic cover.", TextOf(document, quotes[1]));
    }

    [Fact]
    public void A_name_in_the_sentence_before_a_bare_quote_is_its_speaker()
    {
        // Given a short attribution sentence followed by the quote
        var document = WithPeople("Jane Park said. \"We expect the bill to pass next week without changes.\"", "Jane Park");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the quote is Jane Park's
        Assert.Equal("Jane Park", SpeakerOf(document, quote));
    }

    [Fact]
    public void She_said_refers_back_to_the_person_named_as_the_last_speaker()
    {
        // Given an indirect statement by Yu Jie, then a quote attributed with "she said"
        var document = WithPeople(
            "Yu Jie, a senior fellow at Chatham House in London, said the delegation had no generals.\n\n"
            + "\"This may send a clear message about military support,\" she said.",
            "Yu Jie");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the pronoun resolves to Yu Jie
        Assert.Equal("Yu Jie", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_quote_running_over_two_sentences_is_one_quote()
    {
        // Given one pair of marks around two sentences
        var document = WithPeople("\"That would be an important move. They have things to say,\" Iryna Vereshchuk told the newspaper.", "Iryna Vereshchuk");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then both sentences are one quote, and the cue takes in "the newspaper"
        Assert.Equal("That would be an important move. They have things to say,", TextOf(document, quote));
        Assert.Equal("told the newspaper", document.TextOf(quote.Cue!.Value).ToString());
    }

    [Fact]
    public void A_quote_interrupted_by_its_attribution_is_one_quote_with_two_segments()
    {
        // Given '"A," she said, "B."'
        var document = WithPeople("\"We tried,\" Ruth Adler said, \"and we will try again next year.\"", "Ruth Adler");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then one quote spans both pieces, which are its segments
        Assert.Equal(2, quote.Segments.Count);
        Assert.Equal("We tried,", document.TextOf(quote.Segments[0]).ToString());
        Assert.Equal("and we will try again next year.", document.TextOf(quote.Segments[1]).ToString());
        Assert.Equal("Ruth Adler", SpeakerOf(document, quote));
    }

    [Fact]
    public void An_unclosed_quote_continues_into_the_next_paragraph_that_opens_with_a_mark()
    {
        // Given a quote whose first paragraph has no closing mark and whose second opens with one
        var document = WithPeople(
            "Tom Reyes said: \"The first part of the plan is to cut costs across the board.\n\n"
            + "\"The second part is to hire more teachers in every district.\"\n\nThe meeting ended.",
            "Tom Reyes");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then one quote covers both paragraphs, attributed to Tom Reyes
        Assert.Equal(2, quote.Segments.Count);
        Assert.EndsWith("hire more teachers in every district.", TextOf(document, quote));
        Assert.Equal("Tom Reyes", SpeakerOf(document, quote));
    }

    [Fact]
    public void Nested_single_quotes_stay_inside_the_double_quote()
    {
        // Given a quote that quotes someone else in single marks
        var document = WithPeople("\"He told me, 'Our approach has not worked,' and I believed him,\" Ed Mitchell recalled.", "Ed Mitchell");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then there is one quote, the outer one, with the inner marks inside it
        Assert.Equal("He told me, 'Our approach has not worked,' and I believed him,", TextOf(document, quote));
        Assert.Equal("Ed Mitchell", SpeakerOf(document, quote));
    }

    [Fact]
    public void Apostrophes_and_possessives_do_not_make_single_quotes()
    {
        // Given possessives, plural possessives and contractions but no quotation
        var document = WithPeople("The Democrats' plan and Clinton's aides' memo don't say what the voters' choice is.", "Clinton");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then nothing is a direct quote
        Assert.DoesNotContain(quotes, q => q.Direct);
    }

    [Fact]
    public void A_scare_quote_with_no_cue_is_left_out_and_gets_no_speaker()
    {
        // Given a two-word quoted term in a sentence without any reporting cue, after a quote by someone else
        var document = WithPeople(
            "\"We are ready for the talks,\" Ivan Petrov said.\n\nThe two leaders greeted one another as \"dear friend\" in the hall.",
            "Ivan Petrov");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then only Petrov's quote is there
        var quote = Assert.Single(quotes, q => q.Direct);
        Assert.Equal("We are ready for the talks,", TextOf(document, quote));
    }

    [Fact]
    public void A_partial_quote_inside_a_reported_sentence_takes_the_sentence_speaker()
    {
        // Given a short quoted phrase inside a sentence with a cue
        var document = WithPeople("Lisa Wong said the ruling was \"a clear violation\" of the treaty.", "Lisa Wong");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the phrase is a quote by Lisa Wong
        Assert.Equal("a clear violation", TextOf(document, quote));
        Assert.Equal("Lisa Wong", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_quote_signed_with_a_dash_belongs_to_the_name_after_the_dash()
    {
        // Given a reader's quote followed by a dash and a name
        var document = WithPeople("\"She never answers a question without blaming someone else.\" \u2014 Rosa Delgado", "Rosa Delgado");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the signed name is the speaker
        Assert.Equal("Rosa Delgado", SpeakerOf(document, quote));
    }

    [Fact]
    public void Without_an_entity_the_speaker_mention_still_names_the_speaker()
    {
        // Given a document with no NER mentions and no entities at all
        var document = Chronicle.Tests.Support.TestDocuments.Segmented("\"The vote is a disgrace to this chamber,\" said Senator Harris.");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then there is no entity index, but the speaker mention is the capitalised name after the cue
        Assert.Null(quote.Speaker);
        Assert.Equal("Senator Harris", document.TextOf(quote.SpeakerMention!.Value).ToString());
    }
    [Fact]
    public void The_newspaper_quoted_X_as_saying_makes_X_the_speaker()
    {
        // Given a newspaper that quotes someone
        var document = WithPeople("The Kommersant newspaper quoted Sergei Lavrov as saying: \"We will not accept these terms under any conditions.\"", "Sergei Lavrov");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then the one quote is Lavrov's, and the newspaper's name is not reported speech
        var quote = Assert.Single(quotes);
        Assert.True(quote.Direct);
        Assert.Equal("Sergei Lavrov", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_quote_from_an_unnamed_diplomat_has_no_speaker_and_the_frame_is_not_reported_speech()
    {
        // Given a quote attributed to "one diplomat, who asked not to be named"
        var document = WithPeople("Elena Markova left early.\n\n\"The deal is dead and everyone in this room knows it,\" said one diplomat, who asked not to be named.", "Elena Markova");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then there is only the direct quote, with a null speaker
        var quote = Assert.Single(quotes);
        Assert.Null(quote.Speaker);
    }
    [Theory]
    [InlineData("\u2018We will win this election by a clear margin,\u2019 Boris Johnson said.")]
    [InlineData("'We will win this election by a clear margin,' Boris Johnson said.")]
    public void Single_quotation_marks_curly_or_straight_quote_speech_too(string text)
    {
        // Given a British-style quote in single marks
        var document = WithPeople(text, "Boris Johnson");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then it is a quote by Johnson
        Assert.Equal("We will win this election by a clear margin,", TextOf(document, quote));
        Assert.Equal("Boris Johnson", SpeakerOf(document, quote));
    }
    [Fact]
    public void A_quoted_title_next_to_a_cue_is_not_a_quote()
    {
        // Given a programme name in quotation marks in a sentence with a cue
        var document = WithPeople("Gary Lane told the radio show \"Evening Brief\" that the plan had failed.", "Gary Lane");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then the title is no direct quote; the indirect speech is still there
        Assert.DoesNotContain(quotes, q => q.Direct);
        Assert.Contains(quotes, q => !q.Direct && document.TextOf(q.Content).ToString() == "the plan had failed");
    }

    [Fact]
    public void A_term_quoted_mid_sentence_does_not_join_a_quote_of_an_earlier_sentence()
    {
        // Given a paragraph with a short attributed quote and, two sentences on, a term quoted mid-sentence
        var document = WithPeople(
            "Ann Lee said the deal gave them \"political cover\" to act. Talks went on for hours. "
            + "The two met as \"old friends\" when the summit opened.",
            "Ann Lee");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then no direct quote runs from the first quoted term across the sentences to the second
        Assert.DoesNotContain(quotes, q => q.Direct && TextOf(document, q).Contains("Talks went on", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_with_of_before_the_name_leaves_the_name_as_the_speaker()
    {
        // Given a quote attributed after the mark to "Secretary of State Antony Blinken"
        var document = WithPeople("\"China feels no responsibility for the atrocities,\" said Secretary of State Antony Blinken.", "Antony Blinken");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the speaker is the name that ends the title, not the office before "of"
        Assert.Equal("Antony Blinken", SpeakerOf(document, quote));
    }
}
