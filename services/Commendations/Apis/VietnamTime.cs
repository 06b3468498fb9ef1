namespace WardPlatform.Commendations.Apis;

/// <summary>Dates as a Vietnamese ward counts them: today in UTC+7, dd/MM/yyyy, and working days (Monday to Friday).</summary>
public static class VietnamTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + " đ";

    /// <summary>The day <paramref name="days"/> working days after <paramref name="from"/> (public holidays are not counted out).</summary>
    public static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days--;
        }
        return day;
    }
}
