namespace Chronicle.Actors;

/// <summary>
/// A building, place or institution name that news uses for a part of a state: "the Kremlin" → RUSGOV,
/// "the Pentagon" → USAMIL, "Capitol Hill" → USALEG.
/// </summary>
public sealed record SeatOfPower : ActorEntry
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The actor the seat stands for.</summary>
    public required ActorCode Actor { get; init; }

    /// <summary>Whether the name is also a physical place (a building, a street) and not only an institution.</summary>
    public required bool IsPlace { get; init; }
}
