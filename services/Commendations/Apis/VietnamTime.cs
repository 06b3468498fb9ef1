using WardPlatform.Http;
namespace WardPlatform.Commendations.Apis;

/// <summary>Money as a commendation dossier writes it (today and dd/MM/yyyy: <c>VietnamClock</c>; working days: <c>VietnamHolidays</c>).</summary>
public static class VietnamTime
{
    public static string Money(decimal amount) => amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + " đ";
}
