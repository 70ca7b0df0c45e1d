namespace Chronicle.Actors;

/// <summary>A country or territory of ISO 3166-1 (plus Kosovo, which PLOVER codes KOS).</summary>
public sealed record Country : ActorEntry
{
    /// <summary>ISO 3166-1 alpha-3 code; also the actor-code prefix.</summary>
    public required string Code { get; init; }

    public required string Alpha2 { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Adjectives { get; init; } = [];

    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>The capital (seat of government where it differs from the official capital); null for uninhabited territories.</summary>
    public string? Capital { get; init; }

    public IReadOnlyList<string> Cities { get; init; } = [];

    /// <summary>
    /// For a dependent territory, the alpha-3 code of the controlling state (PLOVER folds most dependencies
    /// into it); null for independent states.
    /// </summary>
    public string? Sovereign { get; init; }

    /// <summary>The bare country actor code: RUS.</summary>
    public ActorCode Actor => ActorCode.Parse(Code);

    /// <summary>The country's actor code with a sector: (RUS, GOV) → RUSGOV.</summary>
    public ActorCode ActorWith(string sector) => ActorCode.Create(Code, sector);
}
