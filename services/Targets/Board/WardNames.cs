namespace WardPlatform.Targets.Board;

/// <summary>
/// The name a ward signs its reports with ("Phường Tam Phước"), from configuration <c>WardNames:&lt;code&gt;</c>;
/// the directory owns the list, and the demo wards are known here so that an export never shows a bare code.
/// </summary>
public sealed class WardNames(IConfiguration configuration)
{
    private static readonly Dictionary<string, string> Demo = new()
    {
        ["26068"] = "Phường Tam Phước",
        ["25432"] = "Phường Bình Phước",
        ["25480"] = "Phường Tân Ninh",
        ["75"] = "Tỉnh Đồng Nai",
        ["72"] = "Tỉnh Tây Ninh",
    };

    public string Of(string tenantCode) =>
        configuration[$"WardNames:{tenantCode}"] ?? Demo.GetValueOrDefault(tenantCode) ?? $"Đơn vị {tenantCode}";
}
