namespace Chronicle.Actors;

/// <summary>A common noun that names a sector of society: "troops" → MIL, "spokesman" → GOV.</summary>
public sealed record SectorTerm(string Word, string Sector, string? Note);
