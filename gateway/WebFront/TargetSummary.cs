using System.Text.Json;

namespace WardPlatform.Gateway.WebFront;

/// <summary>A target's staged thresholds and split across units as one line each, for a person to read.</summary>
public static class TargetSummary
{
    /// <summary>"95% trước 30/11/2026; 100% trước 31/12/2026". The importer reads "trước ngày 30/11" without a year: it is the plan's.</summary>
    public static string Stages(JsonElement target, string? unit, int? planYear) =>
        string.Join("; ", target.Items("stages").Select(stage => $"{Amount(stage.Num("value"), unit)} trước {Due(stage, planYear)}"));

    /// <summary>"Trung tâm: 3; Văn phòng: 2".</summary>
    public static string Split(JsonElement target) =>
        string.Join("; ", target.Items("split").Select(share => $"{share.Str("unit")}: {JsonValues.Show(share.Num("value"))}"));

    private static string Amount(decimal? value, string? unit)
    {
        var shown = JsonValues.Show(value);
        return unit?.Trim() switch
        {
            "%" => shown + "%",
            null or "" => shown,
            var named => $"{shown} {named}",
        };
    }

    private static string Due(JsonElement stage, int? planYear)
    {
        var due = VietnamDates.Show(stage, "due");
        if (due.Length > 0) return due;
        if (stage.Num("day") is not { } day || stage.Num("month") is not { } month) return "…";
        var (d, m) = ((int)day, (int)month);
        return planYear is { } year && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, m)
            ? VietnamDates.Show(new DateOnly(year, m, d)) : $"{d:00}/{m:00}";
    }
}
