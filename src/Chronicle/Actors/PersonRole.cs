namespace Chronicle.Actors;

/// <summary>A person together with the office they held at the date asked about.</summary>
public readonly record struct PersonRole(Person Person, OfficeTerm Term)
{
    public ActorCode Actor => Term.Actor;

    public string Office => Term.Office;
}
