namespace Chronicle.Actors;

/// <summary>Broad kind of an organisation in the knowledge base.</summary>
public enum OrganisationKind : byte
{
    /// <summary>Intergovernmental organisation (UN, EU, NATO, AU, …).</summary>
    Igo,

    /// <summary>Non-governmental organisation (ICRC, MSF, Amnesty, …).</summary>
    Ngo,

    /// <summary>Multinational corporation.</summary>
    Mnc,

    /// <summary>A national body of one state (an army, an intelligence service, a state agency).</summary>
    National,

    /// <summary>An armed group (insurgents, militias, transnational militant groups).</summary>
    Armed,

    /// <summary>A political party.</summary>
    Party,

    /// <summary>A news organisation.</summary>
    Media,

    /// <summary>A university, college, academy or research institute.</summary>
    University,

    /// <summary>A sports governing body, league or club.</summary>
    Sport,
}
