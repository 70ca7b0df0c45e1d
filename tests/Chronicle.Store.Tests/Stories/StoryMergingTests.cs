using Chronicle.Store.Queries;
using Chronicle.Store.Synthetic;
using Chronicle.Store.Tests.Support;

namespace Chronicle.Store.Tests.Stories;

public sealed class StoryMergingTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Rewrites_of_one_wire_story_become_one_story_with_counts(string backend)
    {
        // Given the four retellings of the Moscow summit (and the other, distinct events)
        using var test = TestStore.Create(backend);

        // When they are stored
        test.Store.Store(Fixtures.WireStories(), TestContext.Current.CancellationToken);

        // Then the summit is one story: 5 reports, 4 articles, 3 outlets, with all evidence linked
        var summit = Assert.Single(test.Store.Stories(new EventFilter { Source = "RUS", Target = "CHN", EventType = "CONSULT", Modality = "asserted", To = "2023-03-22" })
            .Concat(test.Store.Stories(new EventFilter { Source = "CHN", Target = "RUS", EventType = "CONSULT", Modality = "asserted", To = "2023-03-22" })));
        Assert.Equal(5, summit.Mentions);
        Assert.Equal(4, summit.Articles);
        Assert.Equal(3, summit.Sources);
        Assert.Equal("2023-03-20", summit.Date);
        Assert.Equal("2023-03-21", summit.DateLast);
        Assert.Equal("Moscow, Russia", summit.Location);
        var evidence = test.Store.StoryEvidence(summit.Id);
        Assert.Equal(["apnews-1", "guardian-1", "wire-1", "wire-2", "guardian-1"], evidence.Select(e => e.ArticleId));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Distinct_events_stay_distinct_stories(string backend)
    {
        // Given the fixture set: one summit, a same-day accusation, a meeting a week later, a planned visit,
        // a strike reported twice and an accusation the other way round
        using var test = TestStore.Create(backend);

        // When it is stored
        test.Store.Store(Fixtures.WireStories(), TestContext.Current.CancellationToken);

        // Then there are six stories with the expected article counts
        var stories = test.Store.Stories(new EventFilter());
        Assert.Equal(6, stories.Count);
        Assert.Equal([1, 1, 1, 2, 2, 4], stories.Select(s => s.Articles).Order());
        Assert.Single(stories, s => s.Modality == "planned");
        Assert.Equal(2, Assert.Single(stories, s => s.EventType == "ASSAULT").Sources);
        Assert.Equal(2, stories.Count(s => s.EventType == "ACCUSE"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Adding_articles_one_by_one_gives_the_same_stories_as_one_batch(string backend)
    {
        // Given one store fed everything at once and another fed one article at a time, latest first
        using var batch = TestStore.Create(backend);
        using var incremental = TestStore.Create(backend);
        var articles = Fixtures.WireStories();
        batch.Store.Store(articles, TestContext.Current.CancellationToken);

        // When the second is fed incrementally
        foreach (var article in articles.Reverse())
        {
            incremental.Store.Store([article], TestContext.Current.CancellationToken);
        }

        // Then both hold the same stories
        Assert.Equal(Signatures(batch.Store), Signatures(incremental.Store));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Re_ingesting_keeps_story_ids_and_a_retraction_shrinks_the_story(string backend)
    {
        // Given the stored fixture set
        using var test = TestStore.Create(backend);
        var articles = Fixtures.WireStories();
        test.Store.Store(articles, TestContext.Current.CancellationToken);
        var before = test.Store.Stories(new EventFilter()).ToDictionary(s => s.Id);

        // When it is stored again, and then one retelling of the summit loses its event
        test.Store.Store(articles, TestContext.Current.CancellationToken);
        var sameIds = test.Store.Stories(new EventFilter()).Select(s => s.Id).Order().ToList();
        var wire2 = articles.Single(a => a.Id == "wire-2");
        test.Store.Store([wire2 with { Events = [] }], TestContext.Current.CancellationToken);

        // Then story ids survived the re-ingestion, and the summit now counts one article and one report less
        Assert.Equal(before.Keys.Order(), sameIds);
        var summit = test.Store.Stories(new EventFilter { EventType = "CONSULT", Modality = "asserted", To = "2023-03-22" }).Single();
        Assert.Equal(before[summit.Id].Articles - 1, summit.Articles);
        Assert.Equal(before[summit.Id].Mentions - 1, summit.Mentions);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Retracting_the_first_day_of_a_run_regroups_the_days_after_it(string backend)
    {
        // Given talks reported on three consecutive days, merged as days 1–2 and day 3
        using var test = TestStore.Create(backend);
        var template = Fixtures.ById("tass-1");
        var days = new[] { "2023-03-27", "2023-03-28", "2023-03-29" }
            .Select((d, i) => template with { Id = $"talks-{i}", Published = d, Events = [template.Events[0] with { Date = d }] })
            .ToList();
        test.Store.Store(days, TestContext.Current.CancellationToken);
        Assert.Equal([1, 2], test.Store.Stories(new EventFilter()).Select(s => s.Articles).Order());

        // When the first day's article is re-ingested without its event
        test.Store.Store([days[0] with { Events = [] }], TestContext.Current.CancellationToken);

        // Then days 2 and 3 form one story, as merging from scratch would give
        var story = Assert.Single(test.Store.Stories(new EventFilter()));
        Assert.Equal(("2023-03-28", "2023-03-29", 2), (story.Date, story.DateLast, story.Articles));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Small_batches_retractions_and_restorations_end_with_the_stories_of_one_batch(string backend)
    {
        // Given a dense synthetic corpus (two countries, three weeks) stored at once in one store
        using var once = TestStore.Create(backend);
        using var piecemeal = TestStore.Create(backend);
        var articles = new SyntheticCorpus(Fixtures.WireStories(), templatesPerArticle: 2, countries: 2, days: 21).Generate(150, seed: 3).ToList();
        once.Store.Store(articles, TestContext.Current.CancellationToken);

        // When the other store gets it in small batches, then loses a third of its events, then gets them back
        foreach (var batch in articles.Chunk(7))
        {
            piecemeal.Store.Store(batch, TestContext.Current.CancellationToken);
        }

        var retracted = articles.Where((_, i) => i % 3 == 0).ToList();
        foreach (var batch in retracted.Chunk(5))
        {
            piecemeal.Store.Store([.. batch.Select(a => a with { Events = [] })], TestContext.Current.CancellationToken);
        }

        foreach (var batch in retracted.Chunk(4))
        {
            piecemeal.Store.Store(batch, TestContext.Current.CancellationToken);
        }

        // Then both hold the same stories
        Assert.Equal(Signatures(once.Store), Signatures(piecemeal.Store));
        Assert.Equal(once.Store.Counts(), piecemeal.Store.Counts());
    }

    private static List<string> Signatures(IArticleStore store) =>
        [.. store.Stories(new EventFilter { Limit = int.MaxValue })
            .Select(s => $"{s.Source}|{s.Target}|{s.EventType}|{s.Modality}|{s.Date}|{s.DateLast}|{s.Location}|{s.Mentions}|{s.Articles}|{s.Sources}|{s.FirstArticleId}")
            .Order(StringComparer.Ordinal)];
}
