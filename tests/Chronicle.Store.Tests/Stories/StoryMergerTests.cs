using Chronicle.Store.Stories;

namespace Chronicle.Store.Tests.Stories;

public sealed class StoryMergerTests
{
    [Fact]
    public void A_daily_repeated_event_is_not_chained_into_one_story()
    {
        // Given talks reported on three consecutive days
        var reports = new[] { Report("a", "2023-01-01"), Report("b", "2023-01-02"), Report("c", "2023-01-03") };

        // When they are merged
        var stories = StoryMerger.Merge("RUS|UKR|CONSULT|asserted", reports);

        // Then the first two days are one story and the third starts another
        Assert.Equal([2, 1], stories.Select(s => s.Reports.Count));
    }

    [Fact]
    public void Different_actors_of_one_country_are_different_stories()
    {
        // Given the government and the opposition of one country protesting on the same day
        var reports = new[] { Report("a", "2023-01-01", source: "RUSGOV"), Report("b", "2023-01-01", source: "RUSOPP"), Report("c", "2023-01-01", source: "RUS") };

        // When they are merged
        var stories = StoryMerger.Merge("RUS|UKR|PROTEST|asserted", reports);

        // Then the country-level report joins the first story, the opposition stands apart
        Assert.Equal([2, 1], stories.Select(s => s.Reports.Count));
    }

    [Fact]
    public void Different_places_on_one_day_are_different_stories_and_an_unknown_place_joins()
    {
        // Given strikes in two cities and a report that does not say where
        var reports = new[] { Report("a", "2023-01-01", location: "Kharkiv"), Report("b", "2023-01-01", location: "Odesa"), Report("c", "2023-01-01") };

        // When they are merged
        var stories = StoryMerger.Merge("RUS|UKR|ASSAULT|asserted", reports);

        // Then two stories, the unplaced report joining the first
        Assert.Equal(["Kharkiv", "Odesa"], stories.Select(s => s.Location));
        Assert.Equal([2, 1], stories.Select(s => s.Reports.Count));
    }

    [Fact]
    public void Undated_reports_each_stand_alone()
    {
        // Given two reports with no date at all
        var reports = new[] { Report("a", null), Report("b", null) };

        // When they are merged
        var stories = StoryMerger.Merge("RUS|UKR|ASSAULT|asserted", reports);

        // Then they are not assumed to be one event
        Assert.Equal(2, stories.Count);
    }

    private static StoryReport Report(string article, string? date, string source = "RUSMIL", string? location = null) =>
        new(article.GetHashCode(StringComparison.Ordinal), article, 0, date, location, source, null, "UKR", null, "ASSAULT", "asserted",
            null, -10, 4, "evidence", 1, article + ".example", null);
}
