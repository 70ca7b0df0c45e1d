namespace Chronicle.Actors;

/// <summary>The kind of office a person holds; orders several concurrent offices (the lower the more senior).</summary>
public enum OfficeKind : byte
{
    /// <summary>Head of state (president, monarch, supreme leader).</summary>
    HeadOfState,

    /// <summary>Head of government (prime minister, chancellor, premier).</summary>
    HeadOfGovernment,

    /// <summary>Deputy to the head: vice president, crown prince.</summary>
    Deputy,

    ForeignMinister,

    DefenceMinister,

    /// <summary>Any other office: secretaries-general, commission presidents, prosecutors, the Pope.</summary>
    Other,
}
