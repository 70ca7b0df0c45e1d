namespace Chronicle.Time;

/// <summary>Words the grammar treats one by one (see <see cref="TimeWordClass.Trigger"/>).</summary>
internal enum TriggerWord
{
    None,
    The,
    For,
    Recent,
    Noon,
    Midnight,
    Bracket,
    Apostrophe,
    YearEnd,
    Once,
    Twice,
    Quarter1,
    Quarter2,
    Quarter3,
    Quarter4,
    HolidayName,
    That,
    Circa,
}
