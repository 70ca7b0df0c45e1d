using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class SpeakerChoiceTests
{
    [Fact]
    public void He_never_refers_to_a_quantified_group()
    {
        // Given a group named as the subject of a cue, then a quote cued by "he"
        var document = WithPeople(
            "Many Canadians said they felt let down by the ruling. “We should not panic over one vote,” he told me.",
            "Many Canadians");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the group is not the speaker
        Assert.NotEqual("Many Canadians", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_name_before_a_long_apposition_set_off_by_double_hyphens_is_the_speaker()
    {
        // Given "X, a title -- a long description, which … -- told me, ''…''"
        var document = WithPeople(
            "John Dale, the chief executive of Ora Works -- the company that makes the show, which is also streamed online -- told me, ''We are a content provider.''",
            "John Dale");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the name that opens the sentence is the speaker
        Assert.Equal("John Dale", SpeakerOf(document, quote));
    }

    [Fact]
    public void The_president_is_the_person_the_article_titled_president()
    {
        // Given "President Lina Moss" earlier and a quote cued by "the president said"
        var document = WithPeople(
            "President Lina Moss opened the museum on Saturday with Omar Reed.\n\n“This hall tells our story,” the president said.",
            "Lina Moss", "Omar Reed");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the titled person is the speaker
        Assert.Equal("Lina Moss", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_title_nobody_carries_leaves_the_speaker_unknown()
    {
        // Given no one titled governor, and a quote cued by "the governor said"
        var document = WithPeople(
            "Lina Moss opened the museum on Saturday.\n\n“This hall tells our story,” the governor said.", "Lina Moss");

        // When quotes are extracted
        var quote = SingleDirect(document);

        // Then the speaker stays null rather than a guess
        Assert.Null(quote.Speaker);
    }
}
