using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Places;

/// <summary>
/// A spot reports are made about: every report within 50 m of it (with coordinates) or at the same address (street,
/// house number and neighbourhood, compared without diacritics) belongs to it, whatever the category, so its history
/// shows every report there. Relapses (tái lấn chiếm) and hot spots (điểm nóng) are judged per place.
/// </summary>
public sealed class Place : ITenantOwned
{
    public Guid Id { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public Guid? NeighbourhoodId { get; init; }
    public required string Address { get; init; }
    /// <summary>Street and house number folded (no diacritics, lower case): the same address is the same key.</summary>
    public required string AddressKey { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int RelapseCount { get; set; }
    public DateTimeOffset? LastRelapseAt { get; set; }
}
