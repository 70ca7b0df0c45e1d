namespace Chronicle.Actors;

/// <summary>
/// One term of one person in one office. <see cref="End"/> is exclusive (the day the successor took office),
/// so consecutive holders meet without overlapping; null means in office as of the data.
/// </summary>
public sealed record OfficeTerm
{
    /// <summary>The office as news names it: "President", "Prime Minister", "Secretary of State".</summary>
    public required string Office { get; init; }

    public required OfficeKind Kind { get; init; }

    /// <summary>ISO alpha-3 of the state whose office it is; null for offices of international bodies.</summary>
    public string? Country { get; init; }

    public required ActorCode Actor { get; init; }

    public required DateOnly Start { get; init; }

    public DateOnly? End { get; init; }

    /// <summary>True when the person held the office on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => date >= Start && (End is null || date < End.Value);

    public override string ToString() => $"{Office} {Country ?? Actor.Prefix} {Start:yyyy-MM-dd}–{End?.ToString("yyyy-MM-dd") ?? ""}";
}
