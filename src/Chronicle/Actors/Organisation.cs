namespace Chronicle.Actors;

/// <summary>An organisation with its acronyms, other names and actor code.</summary>
public sealed record Organisation : ActorEntry
{
    public IReadOnlyList<string> Acronyms { get; init; } = [];

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required OrganisationKind Kind { get; init; }

    public required ActorCode Actor { get; init; }
}
