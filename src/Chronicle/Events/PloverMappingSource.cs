namespace Chronicle.Events;

/// <summary>Where the PLOVER mapping of a CAMEO code in <c>cameo.tsv</c> came from.</summary>
public enum PloverMappingSource : byte
{
    /// <summary>The code has its own line in CAMEO2PLOVER-2021.txt.</summary>
    Table,

    /// <summary>A two-digit root code, mapped like its <c>X0</c> child (e.g. <c>04</c> like <c>040</c>).</summary>
    Root,

    /// <summary>A four-digit code without its own line, mapped like its three-digit parent.</summary>
    Parent,

    /// <summary>CAMEO 01 (statements) and 02 (appeals): PLOVER drops them.</summary>
    Dropped,
}
