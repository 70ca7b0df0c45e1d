namespace Chronicle.Entities;

/// <summary>
/// What the actor knowledge base says a span names, as bits of an <see cref="ActorGazetteer"/> mark's category:
/// a span may name several entries ("Georgia" is a country and a US state; "Jordan" a country and a surname),
/// so a mark carries the union of its readings.
/// </summary>
[Flags]
public enum ActorGazetteerKinds : byte
{
    None = 0,

    /// <summary>A person's full name or multi-word alias ("Xi Jinping", "President Xi").</summary>
    PersonName = 1,

    /// <summary>A one-word part of a person's name ("Putin", "Xi").</summary>
    PersonSurname = 2,

    /// <summary>An organisation by name, alias or acronym ("Chatham House", "NATO").</summary>
    Organisation = 4,

    /// <summary>A country or region by name, alias or initialism ("Russia", "U.S.", "the Balkans").</summary>
    CountryName = 8,

    /// <summary>A nationality or regional adjective ("Russian", "Western").</summary>
    Adjective = 16,

    /// <summary>A name for a people ("Russians", "Britons").</summary>
    Demonym = 32,

    /// <summary>A capital or another city or subdivision of a country ("Moscow", "Texas").</summary>
    City = 64,

    /// <summary>A seat of power standing for part of a state ("Kremlin", "White House").</summary>
    SeatOfPower = 128,
}
