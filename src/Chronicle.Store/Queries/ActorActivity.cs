namespace Chronicle.Store.Queries;

/// <summary>How often an actor appears in events, as source and as target, with counts by PLOVER type.</summary>
public sealed record ActorActivity(
    string Actor,
    string? Name,
    long Events,
    long AsSource,
    long AsTarget,
    IReadOnlyDictionary<string, long> ByType);
