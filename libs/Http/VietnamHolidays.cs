namespace WardPlatform.Http;

/// <summary>One national day off that is not a weekend (a public holiday, a day of Tết).</summary>
public sealed record NationalHoliday(DateOnly Date, string Name);

/// <summary>
/// The days off of civil servants for 2025 and 2026 as announced, the one calendar every service counts working days on
/// (reports stores them as its national rows, a province adds its own there; commendations counts its deadlines on them):
/// Tết Ất Tỵ 25/01–02/02/2025, Tết Bính Ngọ 14/02–22/02/2026 around mùng 1 on Tuesday 17/02; Giỗ Tổ Hùng Vương, 10/3 âm
/// lịch, is Sunday 26/04/2026, so the day off is Monday 27/04; Quốc khánh 2/9 with the day before. Weekends inside these
/// ranges are weekends anyway. Later years are added here when the government announces them.
/// </summary>
public static class VietnamHolidays
{
    public static readonly IReadOnlyList<NationalHoliday> National =
    [
        Day(2025, 1, 1, "Tết Dương lịch"),
        .. Range(new(2025, 1, 25), new(2025, 2, 2), "Tết Nguyên đán Ất Tỵ"),
        Day(2025, 4, 7, "Giỗ Tổ Hùng Vương"),
        Day(2025, 4, 30, "Ngày Giải phóng miền Nam"),
        Day(2025, 5, 1, "Ngày Quốc tế Lao động"),
        Day(2025, 9, 1, "Quốc khánh"),
        Day(2025, 9, 2, "Quốc khánh"),
        Day(2026, 1, 1, "Tết Dương lịch"),
        .. Range(new(2026, 2, 14), new(2026, 2, 22), "Tết Nguyên đán Bính Ngọ"),
        Day(2026, 4, 27, "Giỗ Tổ Hùng Vương (nghỉ bù)"),
        Day(2026, 4, 30, "Ngày Giải phóng miền Nam"),
        Day(2026, 5, 1, "Ngày Quốc tế Lao động"),
        Day(2026, 9, 1, "Quốc khánh"),
        Day(2026, 9, 2, "Quốc khánh"),
    ];

    private static readonly HashSet<DateOnly> Days = [.. National.Select(h => h.Date)];

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Days.Contains(day);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="from"/>: weekends and national days off skipped.</summary>
    public static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) days--;
        }
        return day;
    }

    private static NationalHoliday Day(int y, int m, int d, string name) => new(new DateOnly(y, m, d), name);

    private static IEnumerable<NationalHoliday> Range(DateOnly from, DateOnly to, string name)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) yield return new NationalHoliday(day, name);
    }
}
