namespace Chronicle.Actors;

/// <summary>One knowledge-base entry a surface form may name, and how the form relates to it.</summary>
public readonly record struct ActorCandidate(ActorEntry Entry, SurfaceForm Form)
{
    public Country? Country => Entry as Country;

    public Organisation? Organisation => Entry as Organisation;

    public Person? Person => Entry as Person;

    public SeatOfPower? SeatOfPower => Entry as SeatOfPower;

    public Region? Region => Entry as Region;
}
