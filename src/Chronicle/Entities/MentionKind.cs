namespace Chronicle.Entities;

/// <summary>How a mention refers: by name, by a definite description, or by a nationality word.</summary>
internal enum MentionKind : byte
{
    /// <summary>A proper name ("Vladimir Putin", "ICC", "Moscow").</summary>
    Name,

    /// <summary>A definite description ("the isolated Russian president"): joins an entity, never founds one.</summary>
    Description,

    /// <summary>A nationality adjective or demonym ("Russian", "Russians"): an alias of a country already in the article.</summary>
    Nationality,
}
