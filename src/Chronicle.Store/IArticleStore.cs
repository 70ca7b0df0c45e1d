using Chronicle.Output;
using Chronicle.Store.Queries;

namespace Chronicle.Store;

/// <summary>
/// Where article records are kept: articles, entities, quotes, events and dates, and the stories that merge
/// reports of one event. Storing is idempotent (an article id is stored once; storing it again replaces it)
/// and atomic per batch. SQLite and PostgreSQL implementations behave the same.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Names the database for messages: "SQLite chronicle.db", "PostgreSQL localhost:5432/chronicle".</summary>
    string Name { get; }

    /// <summary>The schema version after migrations ran.</summary>
    int SchemaVersion { get; }

    /// <summary>Stores a batch of articles in one transaction and updates the stories they touch.</summary>
    /// <exception cref="StoreException">The database cannot be written.</exception>
    IngestResult Store(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default);

    StoreCounts Counts();

    /// <summary>The stored article records, by id, exactly as they were stored.</summary>
    IEnumerable<Article> Articles();

    /// <summary>One stored article record with its body, or null when no article has that id.</summary>
    Article? FindArticle(string id);

    IReadOnlyList<StoredEvent> Events(EventFilter filter);

    IReadOnlyList<Story> Stories(EventFilter filter);

    /// <summary>Every event report merged into a story, earliest first: the evidence for it.</summary>
    IReadOnlyList<StoredEvent> StoryEvidence(long storyId);

    IReadOnlyList<StoredQuote> Quotes(QuoteFilter filter);

    /// <summary>The most active actors (as source or target), most events first.</summary>
    IReadOnlyList<ActorActivity> Actors(int limit, string? from = null, string? to = null);

    IReadOnlyList<DyadBucket> Dyad(DyadQuery query);

    /// <summary>Full-text search over article titles and bodies, best matches first.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);
}
