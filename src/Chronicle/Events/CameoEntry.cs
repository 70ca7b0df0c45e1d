namespace Chronicle.Events;

/// <summary>One row of the CAMEO table: a code, its description, Goldstein score and PLOVER mapping.</summary>
public sealed record CameoEntry
{
    public required CameoCode Code { get; init; }

    public required string Name { get; init; }

    public required double Goldstein { get; init; }

    public QuadClass QuadClass => Code.QuadClass;

    /// <summary>The PLOVER type of CAMEO2PLOVER-2021; null for the dropped roots 01 and 02.</summary>
    public PloverType? PloverType { get; init; }

    public string? PloverMode { get; init; }

    /// <summary>PLOVER context(s), ';'-separated where the conversion table gives several.</summary>
    public string? PloverContext { get; init; }

    public required PloverMappingSource MappingSource { get; init; }
}
