using System.Globalization;
using System.Text.Json;

namespace WardPlatform.Gateway.WebFront;

/// <summary>Dates as the web front shows and reads them: dd/MM/yyyy, times in Vietnam (UTC+7, no daylight saving).</summary>
public static class VietnamDates
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Show(DateOnly? date) => date?.ToString("dd/MM/yyyy", Invariant) ?? "";

    public static string ShowTime(DateTimeOffset at) => at.ToOffset(Offset).ToString("dd/MM/yyyy HH:mm", Invariant);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>"30/05/2026" (or "30/5/2026"); false for text that is not a real date (31/02).</summary>
    public static bool TryRead(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], Invariant, DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }

    /// <summary>A JSON date ("2026-05-30") as dd/MM/yyyy; empty for null.</summary>
    public static string Show(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && DateOnly.TryParse(value.GetString(), Invariant, out var date)
            ? Show(date) : "";

    public static string ShowTime(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), Invariant, DateTimeStyles.None, out var at)
            ? ShowTime(at) : "";
}
