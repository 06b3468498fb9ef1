using System.Security.Cryptography;
using System.Text;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Open311;

/// <summary>An application allowed to POST Open311 requests into a ward (or any ward of a province): the key is shown once, kept as its SHA-256.</summary>
public sealed class Open311Key : ITenantOwned
{
    public Guid Id { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get; init; }
    public required string KeyHash { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    public static string NewKey() => "o311_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A ward's key files into that ward; a province's into any ward of the province.</summary>
    public bool Covers(string tenantCode, string provinceCode) =>
        RevokedAt is null && (TenantCode == tenantCode || (TenantCode == ProvinceCode && ProvinceCode == provinceCode));
}
