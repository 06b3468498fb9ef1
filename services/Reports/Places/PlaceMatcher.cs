using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;

namespace WardPlatform.Reports.Places;

/// <summary>Finds the place a report is about (within 50 m, or the same address) and the resolved report there it relapses.</summary>
public sealed class PlaceMatcher
{
    public const double SameSpotMetres = 50;
    public static readonly TimeSpan RelapseWindow = TimeSpan.FromDays(180);

    public static string AddressKey(string street, string? houseNumber) => VietnameseText.Fold($"{houseNumber} {street}");

    public async Task<Place> PlaceForAsync(ReportsDbContext db, CheckedReport input, DateTimeOffset now, CancellationToken ct)
    {
        var key = AddressKey(input.Street, input.HouseNumber);
        Place? found = null;
        if (input.Latitude is { } lat && input.Longitude is { } lon)
        {
            var (dLat, dLon) = Geo.Box(lat, SameSpotMetres);
            var near = await db.Places.Where(p => p.Latitude >= lat - dLat && p.Latitude <= lat + dLat
                                                  && p.Longitude >= lon - dLon && p.Longitude <= lon + dLon).ToListAsync(ct);
            found = near.Select(p => (Place: p, Metres: Geo.Metres(lat, lon, p.Latitude!.Value, p.Longitude!.Value)))
                .Where(p => p.Metres <= SameSpotMetres).OrderBy(p => p.Metres).Select(p => p.Place).FirstOrDefault();
        }
        if (found is null && key.Length > 0)
            found = await db.Places.FirstOrDefaultAsync(p => p.AddressKey == key && p.NeighbourhoodId == input.NeighbourhoodId, ct);
        if (found is not null) return found;

        var place = new Place
        {
            Id = Guid.CreateVersion7(),
            TenantCode = db.Scope.Tenant,
            ProvinceCode = db.Scope.Province,
            NeighbourhoodId = input.NeighbourhoodId,
            Address = string.Join(", ", new[] { input.HouseNumber, input.Street }.Where(s => !string.IsNullOrEmpty(s))),
            AddressKey = key,
            Latitude = input.Latitude,
            Longitude = input.Longitude,
            CreatedAt = now,
        };
        db.Places.Add(place);
        return place;
    }

    /// <summary>The latest report of the same category at the place resolved within 180 days, if any: this one is a relapse of it.</summary>
    public async Task<Report?> PreviousResolvedAsync(ReportsDbContext db, Place place, Report report, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - RelapseWindow;
        return await db.Reports.AsNoTracking()
            .Where(r => r.PlaceId == place.Id && r.Id != report.Id && r.CategoryCode == report.CategoryCode
                        && (r.Status == ReportStatus.Resolved || r.Status == ReportStatus.Verified) && r.ResolvedAt >= since)
            .OrderByDescending(r => r.ResolvedAt).FirstOrDefaultAsync(ct);
    }
}
