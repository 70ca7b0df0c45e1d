namespace Chronicle.Entities;

/// <summary>
/// Which of the name lists of <c>data/gazetteers/</c> hold a span, as bits of a <see cref="ListGazetteer"/> mark's
/// category: a name may be in several ("Florence" is a given name and a city), so a mark carries the union.
/// </summary>
[Flags]
public enum NameListKinds : byte
{
    None = 0,

    /// <summary>An English given name (<c>given-names.tsv</c>).</summary>
    GivenName = 1,

    /// <summary>Another word of people's names, mostly surnames (<c>surnames.tsv</c>).</summary>
    Surname = 2,

    /// <summary>A populated place (<c>places.tsv</c>).</summary>
    Place = 4,

    /// <summary>An organisation (<c>organisations.tsv</c>).</summary>
    Organisation = 8,
}
