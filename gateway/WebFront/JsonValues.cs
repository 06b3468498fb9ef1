using System.Globalization;
using System.Text.Json;

namespace WardPlatform.Gateway.WebFront;

/// <summary>Reading the services' JSON in pages without ceremony: a missing or null property is empty.</summary>
public static class JsonValues
{
    public static string Str(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Number => value.GetDecimal().ToString("0.##", CultureInfo.InvariantCulture),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "",
        } : "";

    public static decimal? Num(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDecimal() : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray() : [];

    public static IEnumerable<string> Strings(this JsonElement element, string property) =>
        element.Items(property).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!);

    public static JsonElement Obj(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? value : default;

    /// <summary>A number as a Vietnamese reads it: "12,5".</summary>
    public static string Show(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',') ?? "";
}
