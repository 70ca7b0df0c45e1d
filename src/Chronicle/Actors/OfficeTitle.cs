namespace Chronicle.Actors;

/// <summary>A title as news writes it ("premier", "defense secretary") and the kind of office it names.</summary>
public sealed record OfficeTitle(string Title, OfficeKind Kind);
