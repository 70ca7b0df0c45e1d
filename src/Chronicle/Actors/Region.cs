namespace Chronicle.Actors;

/// <summary>A CAMEO region code ("the West" → WST, "Latin America" → LAM), used when news treats a region as an actor.</summary>
public sealed record Region : ActorEntry
{
    public required string Code { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Adjectives { get; init; } = [];

    public ActorCode Actor => ActorCode.Parse(Code);
}
