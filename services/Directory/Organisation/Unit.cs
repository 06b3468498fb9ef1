using System.Text.Json.Serialization;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Organisation;

[JsonConverter(typeof(JsonStringEnumConverter<UnitKind>))]
public enum UnitKind { Department, PublicServiceCentre, Police, MilitaryCommand, School, Enterprise, MassOrganisation, Other }

/// <summary>
/// A unit of a ward (phòng ban, Trung tâm Phục vụ hành chính công, Công an, Ban CHQS, schools, enterprises,
/// mass organisations) or, with the province as tenant, of the province.
/// </summary>
public sealed class Unit : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get => _name; set { _name = value; SearchName = Fold(value, _shortName); } }
    /// <summary>How documents abbreviate it, e.g. "VP HĐND-UBND".</summary>
    public string? ShortName { get => _shortName; set { _shortName = value; SearchName = Fold(_name, value); } }
    /// <summary>Name and short name without diacritics, lower-case, for accent-insensitive search ("cong an phuong tam phuoc ca phuong").</summary>
    public string SearchName { get; private set; } = "";
    public UnitKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    private string _name = "";
    private string? _shortName;

    private static string Fold(string name, string? shortName) => VietnameseText.Fold($"{name} {shortName}");
}
