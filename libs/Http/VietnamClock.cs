using System.Globalization;

namespace WardPlatform.Http;

/// <summary>Dates as the wards live them: Vietnam is UTC+7 all year (no daylight saving).</summary>
public static class VietnamClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static DateOnly Today(this TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Show(decimal value, string unit)
    {
        var number = value.ToString("#,0.##", Culture);
        return unit == "%" ? number + "%" : $"{number} {unit}".TrimEnd();
    }
}
