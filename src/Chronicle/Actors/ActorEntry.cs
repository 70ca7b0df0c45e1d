namespace Chronicle.Actors;

/// <summary>
/// One entry of the actor knowledge base: a country, a seat of power, an organisation, a person or a region.
/// Lookups by surface form return candidates pointing at entries.
/// </summary>
public abstract record ActorEntry
{
    /// <summary>Canonical name: the form an entity's <c>name</c> takes.</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of the country the entry belongs to or stands for; null for international bodies.</summary>
    public string? Country { get; init; }
}
