using WardPlatform.Http;
namespace WardPlatform.Commendations.Apis;

/// <summary>Money and working days as a commendation dossier counts them (today and dd/MM/yyyy: <c>VietnamClock</c>).</summary>
public static class VietnamTime
{
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
