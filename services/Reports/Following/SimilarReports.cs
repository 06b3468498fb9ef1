using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Places;

namespace WardPlatform.Reports.Following;

public sealed record SimilarReport(Guid Id, string Reference, string Category, string Address, string StatusLabel, DateOnly ReceivedOn, int? DistanceMetres);

/// <summary>
/// "Có phải phản ánh này?": open reports of the same category within 250 m (with coordinates) or on the same street in
/// the same neighbourhood (without), newest first, at most 5 — so a citizen can follow one instead of filing again.
/// </summary>
public static class SimilarReports
{
    public const double RadiusMetres = 250;
    public const int Max = 5;

    public static async Task<List<SimilarReport>> FindAsync(ReportsDbContext db, string category, Guid? neighbourhoodId, string? street,
        double? lat, double? lon, CancellationToken ct)
    {
        var open = db.Reports.AsNoTracking().Where(r => r.CategoryCode == category && ReportStatuses.Open.Contains(r.Status));
        if (lat is { } la && lon is { } lo && Geo.InVietnam(la, lo))
        {
            var (dLat, dLon) = Geo.Box(la, RadiusMetres);
            var near = await open.Where(r => r.Latitude >= la - dLat && r.Latitude <= la + dLat && r.Longitude >= lo - dLon && r.Longitude <= lo + dLon)
                .OrderByDescending(r => r.ReceivedAt).Take(50).ToListAsync(ct);
            return near.Select(r => (Report: r, Metres: Geo.Metres(la, lo, r.Latitude!.Value, r.Longitude!.Value)))
                .Where(x => x.Metres <= RadiusMetres).Take(Max).Select(x => View(x.Report, (int)Math.Round(x.Metres))).ToList();
        }
        var key = VietnameseText.Fold(street);
        if (key.Length == 0) return [];
        var same = await open.Where(r => r.StreetKey == key && r.NeighbourhoodId == neighbourhoodId)
            .OrderByDescending(r => r.ReceivedAt).Take(Max).ToListAsync(ct);
        return same.Select(r => View(r, null)).ToList();
    }

    private static SimilarReport View(Report r, int? metres) => new(r.Id, r.Reference, r.CategoryName,
        string.Join(", ", new[] { r.HouseNumber, r.Street, r.NeighbourhoodName }.Where(s => !string.IsNullOrEmpty(s))),
        ReportStatuses.Label(r.Status), r.ReceivedOn, metres);
}
