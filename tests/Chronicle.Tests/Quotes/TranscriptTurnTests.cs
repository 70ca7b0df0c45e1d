using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class TranscriptTurnTests
{
    private const string Transcript =
        "Part of the transcript follows:\n\n"
        + "\"HOLM: Will the senator attend the hearing tomorrow?\n\n"
        + "\"(CROSSTALK.)\n\n"
        + "\"BRAND: She will not attend. The committee has all the papers it asked for.\n\n"
        + "\"And that is the end of it.\n\n"
        + "\"HOLM: Then we will wait for the vote.";

    [Fact]
    public void Each_labelled_turn_of_a_quoted_transcript_is_a_quote_of_its_speaker()
    {
        // Given a quoted transcript whose paragraphs open with speakers' names in capitals, one of them a known person
        var document = WithPeople("Erik Brand spoke to the host Mia Holm on Sunday.\n\n" + Transcript, "Erik Brand", "Mia Holm");

        // When quotes are extracted
        var quotes = ExtractQuotes(document).Where(q => q.Direct).ToList();

        // Then there is one quote per turn, without its label, spoken by the person the label names; an unlabelled
        // paragraph continues the turn before it
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Will the senator attend the hearing tomorrow?", TextOf(document, quotes[0]));
        Assert.Equal(["Mia Holm", "Erik Brand", "Mia Holm"], quotes.Select(q => SpeakerOf(document, q)));
        Assert.EndsWith("And that is the end of it.", TextOf(document, quotes[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_direction_is_nobodys_words()
    {
        // Given the same transcript
        var document = WithPeople(Transcript);

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then no quote holds the bracketed direction, and a label no person matches stays the speaker's mention
        Assert.DoesNotContain(quotes, q => TextOf(document, q).Contains("CROSSTALK", StringComparison.Ordinal));
        Assert.All(quotes.Where(q => q.Direct), q => Assert.NotNull(q.SpeakerMention));
    }

    [Fact]
    public void Curly_marks_inside_a_straight_quote_nest_in_it()
    {
        // Given a straight-quoted paragraph that quotes a title in curly marks and never closes
        var document = WithPeople(
            "\"But, Governor, as “The Daily Ledger” wrote, it shows people you are not serious about this.\n\nThe debate is on Monday.");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the whole paragraph is one quote
        Assert.Equal("But, Governor, as “The Daily Ledger” wrote, it shows people you are not serious about this.", TextOf(document, quote));
    }
}
