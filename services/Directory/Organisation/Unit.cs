using System.Text.Json.Serialization;
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
    public required string Name { get; set; }
    /// <summary>How documents abbreviate it, e.g. "VP HĐND-UBND".</summary>
    public string? ShortName { get; set; }
    public UnitKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}
