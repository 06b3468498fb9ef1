using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Organisation;

/// <summary>A province (tỉnh / thành phố): the tenant of province staff and of province-level records.</summary>
public sealed class Province : ITenantOwned
{
    /// <summary>The official administrative code, e.g. "75" for Đồng Nai.</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string TenantCode { get; private init; } = "";
    public string ProvinceCode { get; private init; } = "";

    public static Province Create(string code, string name) =>
        new() { Code = code, Name = name, TenantCode = code, ProvinceCode = code };
}
