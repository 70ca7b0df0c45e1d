using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// One resolved event argument: the actor code where one is known, the canonical name, the entity it belongs to
/// (index into <see cref="Document.Entities"/>) when the entity layer found it, and the head token it was read from.
/// </summary>
public sealed record EventArgument(ActorCode? Actor, string? Name, int? Entity, int Head)
{
    /// <summary>The country part of the actor code (or the non-state prefix, IGO, NGO …); null when unknown.</summary>
    public string? Country => Actor?.Prefix;

    /// <summary>The identity used to compare arguments when merging: the actor code, else the name.</summary>
    public string Key => Actor?.Value ?? Name ?? "";
}
