namespace Chronicle.Entities;

/// <summary>Where a token sits in a mention under the BILOU scheme (O, outside, is tag 0 and has no position).</summary>
public enum BilouPosition : byte
{
    Begin,
    Inside,
    Last,
    Unit,
}
