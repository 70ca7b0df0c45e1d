namespace Chronicle.Web;

/// <summary>An actor seen on the other side of an actor's events, and how often.</summary>
public sealed record ActorPartner(string Actor, string? Name, long Events);
