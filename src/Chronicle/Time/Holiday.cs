namespace Chronicle.Time;

/// <summary>Named days a news story dates things by; fixed or movable (Easter-based, nth weekday of a month).</summary>
internal enum Holiday : byte
{
    None,
    NewYearsDay,
    ValentinesDay,
    AshWednesday,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    MemorialDay,
    IndependenceDay,
    LaborDay,
    Halloween,
    Thanksgiving,
    ChristmasEve,
    ChristmasDay,
    BoxingDay,
    NewYearsEve,
}
