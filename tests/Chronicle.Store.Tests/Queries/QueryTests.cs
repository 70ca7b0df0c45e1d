using Chronicle.Store.Queries;
using Chronicle.Store.Tests.Support;

namespace Chronicle.Store.Tests.Queries;

public sealed class QueryTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Events_filter_by_country_prefix_type_dates_place_and_text(string backend)
    {
        using var test = Loaded(backend);

        // When events are filtered several ways
        var russian = test.Store.Events(new EventFilter { Source = "RUS" });
        var byGovernment = test.Store.Events(new EventFilter { Source = "RUSGOV" });
        var assaults = test.Store.Events(new EventFilter { EventType = "assault", Place = "kyiv" });
        var week = test.Store.Events(new EventFilter { From = "2023-03-27", To = "2023-03-31" });
        var dinner = test.Store.Events(new EventFilter { Text = "DINNER" });

        // Then each returns exactly the matching events
        Assert.Equal(7, russian.Count);
        Assert.Equal(4, byGovernment.Count);
        Assert.Equal(["bbc-1", "kyivindependent-1"], assaults.Select(e => e.ArticleId).Order());
        Assert.Equal("tass-1", Assert.Single(week).ArticleId);
        Assert.Equal("guardian-1", Assert.Single(dinner).ArticleId);
        Assert.All(russian, e => Assert.NotNull(e.StoryId));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Events_carry_goldstein_and_quad_derived_from_their_codes(string backend)
    {
        using var test = Loaded(backend);

        // When the strike and the accusation without a CAMEO code are read
        var strike = test.Store.Events(new EventFilter { EventType = "ASSAULT", Source = "RUSMIL" }).Single(e => e.Cameo == "190");
        var accusation = test.Store.Events(new EventFilter { EventType = "ACCUSE" }).Single(e => e.ArticleId == "apnews-2");

        // Then Goldstein comes from CAMEO 190 (-10) and from ACCUSE's root code 112 (-2), quads from PLOVER
        Assert.Equal(-10, strike.Goldstein);
        Assert.Equal(4, strike.Quad);
        Assert.Equal(-2, accusation.Goldstein);
        Assert.Equal(3, accusation.Quad);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Quotes_filter_by_speaker_entity_and_words(string backend)
    {
        using var test = Loaded(backend);

        // When quotes are asked for by speaker, by entity mentioned and by words
        var blinken = test.Store.Quotes(new QuoteFilter { Speaker = "blinken" });
        var aboutChina = test.Store.Quotes(new QuoteFilter { Mentions = "China" });
        var fooled = test.Store.Quotes(new QuoteFilter { Text = "fooled" });

        // Then each finds its quote
        Assert.Equal("The world should not be fooled,", Assert.Single(blinken).Text);
        Assert.Equal("Xi Jinping", Assert.Single(aboutChina).Speaker);
        Assert.Equal("Antony Blinken", Assert.Single(fooled).Speaker);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void The_most_active_actors_come_first_with_counts_by_type(string backend)
    {
        using var test = Loaded(backend);

        // When the most active actors are asked for
        var actors = test.Store.Actors(3);

        // Then the Chinese and Russian governments lead, with their events by type
        Assert.Equal(["CHNGOV", "RUSGOV"], actors.Take(2).Select(a => a.Actor));
        var china = actors[0];
        Assert.Equal(8, china.Events);
        Assert.Equal(2, china.AsSource);
        Assert.Equal(china.Events, china.ByType.Values.Sum());
        Assert.Equal(6, china.ByType["CONSULT"]);
        Assert.Equal(2, china.ByType["ACCUSE"]);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_dyad_series_counts_quads_and_sums_goldstein_per_period(string backend)
    {
        using var test = Loaded(backend);

        // When Russia–China and USA–China are asked for by month, week and day
        var month = test.Store.Dyad(new DyadQuery { First = "RUS", Second = "CHN", Bucket = TimeBucket.Month });
        var week = test.Store.Dyad(new DyadQuery { First = "rus", Second = "chn", Bucket = TimeBucket.Week });
        var day = test.Store.Dyad(new DyadQuery { First = "USA", Second = "CHN", Bucket = TimeBucket.Day, Directed = true });

        // Then asserted meetings are counted as verbal cooperation, planned ones left out
        var march = Assert.Single(month);
        Assert.Equal("2023-03", march.Period);
        Assert.Equal(6, march.VerbalCooperation);
        Assert.Equal(0, march.MaterialConflict);
        Assert.True(march.GoldsteinSum > 0);
        Assert.Equal(["2023-03-20", "2023-03-27"], week.Select(b => b.Period));
        Assert.Equal(2, Assert.Single(day).VerbalConflict);
        Assert.Equal(-4, day[0].GoldsteinSum, 6);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Full_text_search_finds_articles_and_marks_the_words(string backend)
    {
        using var test = Loaded(backend);

        // When articles are searched
        var hits = test.Store.Search("dinner");
        var none = test.Store.Search("zeppelin");

        // Then the matching article comes back with the word bracketed in its snippet
        var hit = Assert.Single(hits);
        Assert.Equal("guardian-1", hit.ArticleId);
        Assert.Contains("[dinner]", hit.Snippet, StringComparison.Ordinal);
        Assert.Empty(none);
    }

    private static TestStore Loaded(string backend)
    {
        var test = TestStore.Create(backend);
        test.Store.Store(Fixtures.WireStories(), TestContext.Current.CancellationToken);
        return test;
    }
}
