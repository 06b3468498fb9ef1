using WardPlatform.Http;

namespace WardPlatform.Commendations.Documents;

/// <summary>
/// The name a ward signs with ("Phường Tam Phước"), from configuration <c>WardNames:&lt;code&gt;</c>; the directory owns
/// the list, and the demo wards are known here so that a document never shows a bare code.
/// </summary>
public sealed class WardNames(IConfiguration configuration)
{
    private static readonly Dictionary<string, string> Demo = new()
    {
        ["26068"] = "Phường Tam Phước",
        ["25432"] = "Phường Bình Phước",
        ["25480"] = "Phường Tân Ninh",
    };

    public string Of(string tenantCode) =>
        configuration[$"WardNames:{tenantCode}"] ?? Demo.GetValueOrDefault(tenantCode) ?? $"Phường {tenantCode}";

    /// <summary>"Tam Phước" of "Phường Tam Phước": the place name documents are dated at.</summary>
    public string PlaceOf(string tenantCode) => AdministrativeDocument.PlaceOf(Of(tenantCode));

    public static string Upper(string text) => AdministrativeDocument.Upper(text);
}
