namespace Chronicle.Events;

/// <summary>GDELT's four-way aggregation of CAMEO root codes (the numbers are GDELT's QuadClass values).</summary>
public enum QuadClass : byte
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}
