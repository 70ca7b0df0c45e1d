using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>A real-world entity in one article: a cluster of mentions with its canonical name and codes.</summary>
public sealed record ResolvedEntity
{
    public required string Name { get; init; }

    public required EntityType Type { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<TextRange> Mentions { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-3 code of the country the entity belongs to or stands for.</summary>
    public string? Country { get; init; }

    public ActorCode? Actor { get; init; }

    public string? Role { get; init; }

    /// <summary>
    /// A group of people named as such ("Muslims", "Greeks" where Greece itself is not named): typed PERSON, as GUM
    /// annotates groups of people, but "they", never "he" or "she".
    /// </summary>
    public bool IsGroup { get; init; }
}
