using Chronicle.Store.Queries;

namespace Chronicle.Web;

/// <summary>
/// What the actor page shows: the names, aliases and roles the actor had in the articles that reported its
/// latest events, its events by type, its most frequent partners and its latest quotes. Counts are over its
/// latest <see cref="Window"/> events as source plus as many as target (<see cref="Sampled"/> says when
/// there were more).
/// </summary>
public sealed record ActorProfile
{
    public required string Actor { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Entity types the actor was recognised as (PERSON, ORG, GPE…).</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    public long AsSource { get; init; }

    public long AsTarget { get; init; }

    public IReadOnlyDictionary<string, long> ByType { get; init; } = new Dictionary<string, long>();

    public IReadOnlyList<ActorPartner> Partners { get; init; } = [];

    public IReadOnlyList<StoredEvent> RecentEvents { get; init; } = [];

    public IReadOnlyList<StoredQuote> RecentQuotes { get; init; } = [];

    public int Window { get; init; }

    public bool Sampled { get; init; }
}
