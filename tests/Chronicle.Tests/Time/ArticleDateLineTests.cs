using Chronicle.Tests.Support;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

public sealed class ArticleDateLineTests
{
    [Fact]
    public void Yesterday_counts_from_the_date_the_article_prints_when_it_is_near_the_publication_date()
    {
        // Given an article whose feed says 18 June but whose own date line says 19 June
        var document = TestDocuments.Segmented("Tuesday, June 19, 2018\n\nYesterday, the team won its opening match.", new DateOnly(2018, 6, 18));

        // When
        var expressions = new TemporalTagger().Predict(document);

        // Then
        var yesterday = Assert.Single(expressions, e => document.Text[e.Characters.Start..e.Characters.End] == "Yesterday");
        Assert.Equal("2018-06-18", yesterday.Value);
    }

    [Fact]
    public void A_printed_date_far_from_the_publication_date_does_not_move_the_anchor()
    {
        // Given a date line a month before publication (a republished story)
        var document = TestDocuments.Segmented("Tuesday, May 15, 2018\n\nYesterday, the team won its opening match.", new DateOnly(2018, 6, 18));

        // When
        var expressions = new TemporalTagger().Predict(document);

        // Then
        var yesterday = Assert.Single(expressions, e => document.Text[e.Characters.Start..e.Characters.End] == "Yesterday");
        Assert.Equal("2018-06-17", yesterday.Value);
    }

    [Fact]
    public void Without_a_publication_date_the_printed_date_resolves_nothing_relative()
    {
        var document = TestDocuments.Segmented("Tuesday, June 19, 2018\n\nYesterday, the team won its opening match.");

        var expressions = new TemporalTagger().Predict(document);

        Assert.Equal("2018-06-19", expressions[0].Value);
        Assert.Null(Assert.Single(expressions, e => document.Text[e.Characters.Start..e.Characters.End] == "Yesterday").Value);
    }

    [Fact]
    public void A_date_line_under_a_headline_still_anchors_relative_expressions()
    {
        // Given a text that still carries its headline above a date line one day after the feed's date
        var document = TestDocuments.Segmented("Team wins opening match in Kazan\n\nTuesday, June 19, 2018\n\nYesterday, the team won its opening match.", new DateOnly(2018, 6, 18));

        // When
        var expressions = new TemporalTagger().Predict(document);

        // Then "yesterday" counts from the printed date
        var yesterday = Assert.Single(expressions, e => document.Text[e.Characters.Start..e.Characters.End] == "Yesterday");
        Assert.Equal("2018-06-18", yesterday.Value);
    }

    [Fact]
    public void A_second_paragraph_that_is_not_only_a_date_does_not_anchor()
    {
        // Given a headline followed by an ordinary one-sentence paragraph that contains a date near publication
        var document = TestDocuments.Segmented("Team wins opening match\n\nOn June 19 the team won.\n\nYesterday, fans celebrated.", new DateOnly(2018, 6, 18));

        // When
        var expressions = new TemporalTagger().Predict(document);

        // Then "yesterday" counts from the publication date
        var yesterday = Assert.Single(expressions, e => document.Text[e.Characters.Start..e.Characters.End] == "Yesterday");
        Assert.Equal("2018-06-17", yesterday.Value);
    }
}
