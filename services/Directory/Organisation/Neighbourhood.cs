using System.Text.Json.Serialization;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Organisation;

[JsonConverter(typeof(JsonStringEnumConverter<NeighbourhoodKind>))]
public enum NeighbourhoodKind { KhuPho, ToDanPho, Ap }

/// <summary>A neighbourhood of a ward: khu phố, tổ dân phố or ấp.</summary>
public sealed class Neighbourhood : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get; set; }
    public NeighbourhoodKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}
