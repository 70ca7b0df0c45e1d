using Chronicle.Output;
using Chronicle.Store.Queries;
using Chronicle.Store.Tests.Support;

namespace Chronicle.Store.Tests;

public sealed class ArticleStoreTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_stored_batch_keeps_every_entity_quote_and_event(string backend)
    {
        // Given a fresh store and the hand-written articles
        using var test = TestStore.Create(backend);
        var articles = Fixtures.WireStories();

        // When they are stored
        var result = test.Store.Store(articles, TestContext.Current.CancellationToken);

        // Then every part of them is there
        var counts = test.Store.Counts();
        Assert.Equal(articles.Count, result.Inserted);
        Assert.Equal(0, result.Updated);
        Assert.Equal(articles.Count, counts.Articles);
        Assert.Equal(articles.Sum(a => a.Entities.Count), counts.Entities);
        Assert.Equal(articles.Sum(a => a.Quotes.Count), counts.Quotes);
        Assert.Equal(articles.Sum(a => a.Events.Count), counts.Events);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Storing_the_same_articles_again_updates_them_and_never_duplicates(string backend)
    {
        // Given a store holding the articles
        using var test = TestStore.Create(backend);
        var articles = Fixtures.WireStories();
        test.Store.Store(articles, TestContext.Current.CancellationToken);
        var before = test.Store.Counts();

        // When they are stored again, in another process, in another order
        var again = test.Reopen().Store([.. articles.Reverse()], TestContext.Current.CancellationToken);

        // Then they are updates and nothing is counted twice
        Assert.Equal(0, again.Inserted);
        Assert.Equal(articles.Count, again.Updated);
        Assert.Equal(before, test.Store.Counts());
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_changed_article_replaces_its_old_events(string backend)
    {
        // Given a stored article with two events
        using var test = TestStore.Create(backend);
        var article = Fixtures.ById("guardian-1");
        test.Store.Store([article], TestContext.Current.CancellationToken);

        // When a corrected version with one event is stored
        var corrected = article with { Title = "Kremlin summit (corrected)", Events = [article.Events[0]] };
        test.Store.Store([corrected], TestContext.Current.CancellationToken);

        // Then only the corrected version is there
        Assert.Equal(1, test.Store.Counts().Events);
        Assert.Equal("Kremlin summit (corrected)", Assert.Single(test.Store.Articles()).Title);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Stored_articles_come_back_exactly_as_they_went_in(string backend)
    {
        // Given stored articles
        using var test = TestStore.Create(backend);
        var articles = Fixtures.WireStories();
        test.Store.Store(articles, TestContext.Current.CancellationToken);

        // When they are read back
        var stored = test.Store.Articles().ToList();

        // Then their JSON is identical
        Assert.Equal(
            articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(ArticleJson.ToJsonLine),
            stored.Select(ArticleJson.ToJsonLine));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void The_schema_is_migrated_once_to_the_newest_version(string backend)
    {
        // Given a store that was created and migrated
        using var test = TestStore.Create(backend);
        var version = test.Store.SchemaVersion;
        test.Store.Store(Fixtures.WireStories(), TestContext.Current.CancellationToken);

        // When it is opened again
        var reopened = test.Reopen();

        // Then it is at the same, newest version and still holds its data
        Assert.Equal(5, version);
        Assert.Equal(version, reopened.SchemaVersion);
        Assert.Equal(Fixtures.WireStories().Count, reopened.Counts().Articles);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Duplicate_ids_within_one_batch_are_stored_once_with_the_last_copy(string backend)
    {
        // Given two copies of one article in one batch
        using var test = TestStore.Create(backend);
        var article = Fixtures.ById("wire-1");
        var later = article with { Title = "Later copy" };

        // When the batch is stored
        var result = test.Store.Store([article, later], TestContext.Current.CancellationToken);

        // Then the article is there once, as its last copy
        Assert.Equal(1, result.Inserted);
        Assert.Equal("Later copy", Assert.Single(test.Store.Articles()).Title);
        Assert.Single(test.Store.Events(new EventFilter()));
    }
}
