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
}
