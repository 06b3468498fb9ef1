using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Places;

/// <summary>
/// A ward open to citizens' reports, with the name and neighbourhoods the directory gave its staff when they opened
/// it (PUT /wards/mine): citizens file without signing in, so this service keeps its own copy to check against.
/// </summary>
public sealed class ReportingWard : ITenantOwned
{
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get; set; }
    public required string SearchName { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A neighbourhood (khu phố, tổ dân phố, ấp) of a reporting ward, under the directory's id.</summary>
public sealed class ReportingNeighbourhood : ITenantOwned
{
    public Guid Id { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get; set; }
}
