namespace Chronicle.Actors;

/// <summary>How a surface string relates to the knowledge-base entry it names.</summary>
public enum SurfaceForm : byte
{
    /// <summary>The canonical name ("Russia", "International Criminal Court", "Vladimir Putin").</summary>
    Name,

    /// <summary>Another name or short name ("the United States", "Britain", "Zelensky").</summary>
    Alias,

    /// <summary>An acronym or initialism ("U.S.", "ICC", "ROK").</summary>
    Acronym,

    /// <summary>A surname or other partial name of a person ("Putin").</summary>
    Surname,

    /// <summary>A nationality adjective ("Russian", "British").</summary>
    Adjective,

    /// <summary>A name for the people ("Russians", "Britons").</summary>
    Demonym,

    /// <summary>The capital: a place, or the government by metonymy when it acts ("Moscow said").</summary>
    Capital,

    /// <summary>A building or institution standing for a part of the state ("Kremlin", "Pentagon").</summary>
    SeatOfPower,

    /// <summary>Another city of the country.</summary>
    City,
}
