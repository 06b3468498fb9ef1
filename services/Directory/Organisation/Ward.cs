using WardPlatform.Http;
using System.Text.Json.Serialization;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Organisation;

[JsonConverter(typeof(JsonStringEnumConverter<WardKind>))]
public enum WardKind { Phuong, Xa }

/// <summary>A ward (phường) or commune (xã): the tenant of its staff and of everything they record.</summary>
public sealed class Ward : ITenantOwned
{
    /// <summary>The official administrative code, e.g. "26068".</summary>
    public required string Code { get; init; }
    /// <summary>The full name with its kind, as written on documents: "Phường Tam Phước".</summary>
    public required string Name { get; set; }
    public WardKind Kind { get; set; }
    /// <summary>The town or district (thị xã, huyện) it belonged to before July 2025, where data still carries it.</summary>
    public string? FormerDistrict { get; set; }
    /// <summary>The name without diacritics, lower-case, for accent-insensitive search.</summary>
    public string SearchName { get; private set; } = "";
    public string TenantCode { get; private init; } = "";
    public string ProvinceCode { get; private init; } = "";

    public static Ward Create(string code, string name, WardKind kind, string provinceCode, string? formerDistrict = null) => new()
    {
        Code = code, Name = name, Kind = kind, FormerDistrict = formerDistrict,
        SearchName = VietnameseText.Fold(name), TenantCode = code, ProvinceCode = provinceCode,
    };
}
