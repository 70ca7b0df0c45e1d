namespace Chronicle.Time;

/// <summary>The date of a <see cref="Holiday"/> in a given year (US conventions for Memorial, Labor and Thanksgiving Day).</summary>
internal static class Holidays
{
    /// <summary>A typical month and day, used to choose the year before the exact date is computed.</summary>
    public static (int Month, int Day) Typical(Holiday holiday) => holiday switch
    {
        Holiday.NewYearsDay => (1, 1),
        Holiday.ValentinesDay => (2, 14),
        Holiday.AshWednesday => (2, 25),
        Holiday.GoodFriday => (4, 8),
        Holiday.EasterSunday => (4, 10),
        Holiday.EasterMonday => (4, 11),
        Holiday.MemorialDay => (5, 28),
        Holiday.IndependenceDay => (7, 4),
        Holiday.LaborDay => (9, 4),
        Holiday.Halloween => (10, 31),
        Holiday.Thanksgiving => (11, 25),
        Holiday.ChristmasEve => (12, 24),
        Holiday.ChristmasDay => (12, 25),
        Holiday.BoxingDay => (12, 26),
        _ => (12, 31),
    };

    public static DateOnly DateIn(Holiday holiday, int year) => holiday switch
    {
        Holiday.AshWednesday => Easter(year).AddDays(-46),
        Holiday.GoodFriday => Easter(year).AddDays(-2),
        Holiday.EasterSunday => Easter(year),
        Holiday.EasterMonday => Easter(year).AddDays(1),
        Holiday.MemorialDay => LastWeekday(year, 5, DayOfWeek.Monday),
        Holiday.LaborDay => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        Holiday.Thanksgiving => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
        _ => new DateOnly(year, Typical(holiday).Month, Typical(holiday).Day),
    };

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var shift = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(shift + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var shift = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-shift);
    }
}
