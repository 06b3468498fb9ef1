using WardPlatform.Reports.Calendar;

namespace WardPlatform.Tests.Reports;

/// <summary>The national days off of 2026 as announced: what deadlines skip before any province edits its calendar.</summary>
public sealed class DefaultHolidaysTests
{
    private static readonly HashSet<DateOnly> Days2026 = [.. DefaultHolidays.All().Select(h => h.Date).Where(d => d.Year == 2026)];

    [Fact]
    public void Tet_Binh_Ngo_covers_the_working_days_from_14_to_22_february_around_mung_1_on_17_february()
    {
        foreach (var day in new[] { 16, 17, 18, 19, 20 }) Assert.Contains(new DateOnly(2026, 2, day), Days2026);
        Assert.DoesNotContain(new DateOnly(2026, 2, 13), Days2026);
        Assert.DoesNotContain(new DateOnly(2026, 2, 23), Days2026);
    }

    [Fact]
    public void The_other_national_days_of_2026_are_stored_with_gio_to_on_sunday_26_april_moved_to_monday()
    {
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(2026, 4, 26).DayOfWeek);
        DateOnly[] expected = [new(2026, 1, 1), new(2026, 4, 27), new(2026, 4, 30), new(2026, 5, 1), new(2026, 9, 1), new(2026, 9, 2)];
        foreach (var day in expected) Assert.Contains(day, Days2026);
        Assert.Equal(5 + expected.Length, Days2026.Count);                                         // nothing else in 2026
    }
}
