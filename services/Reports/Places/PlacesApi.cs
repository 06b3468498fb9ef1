using WardPlatform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Handling;

namespace WardPlatform.Reports.Places;

public sealed record PlaceDto(Guid Id, string Address, Guid? NeighbourhoodId, double? Latitude, double? Longitude, int RelapseCount, bool HotSpot,
    IReadOnlyList<QueueItem> Reports);
public sealed record HotSpot(Guid Id, string TenantCode, string Address, int Reports, int Relapses);
/// <summary>
/// Places that relapse (tái lấn chiếm): a place's history is every report there; a place with 3 or more reports in
/// 90 days is a hot spot (điểm nóng). The figures over a period are <see cref="Summary.SummaryApi"/>'s.
/// </summary>
public static class PlacesApi
{
    public const int HotSpotReports = 3;
    public static readonly TimeSpan HotSpotWindow = TimeSpan.FromDays(90);

    public static IEndpointRouteBuilder MapPlacesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/places").WithTags("Điểm nóng, tái phát").MapGet("/{id:guid}", PlaceAsync);
        app.MapGet("/hotspots", async (ReportsDbContext db, TimeProvider clock, CancellationToken ct) => TypedResults.Ok(await HotSpotsAsync(db, clock, ct)))
            .WithTags("Điểm nóng, tái phát");
        return app;
    }

    private static async Task<Results<Ok<PlaceDto>, NotFound>> PlaceAsync(Guid id, ReportsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var place = await db.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (place is null) return TypedResults.NotFound();
        var reports = await db.Reports.AsNoTracking().Where(r => r.PlaceId == id).OrderByDescending(r => r.ReceivedAt).ToListAsync(ct);
        var since = clock.GetUtcNow() - HotSpotWindow;
        var today = clock.Today();
        return TypedResults.Ok(new PlaceDto(place.Id, place.Address, place.NeighbourhoodId, place.Latitude, place.Longitude, place.RelapseCount,
            reports.Count(r => r.ReceivedAt >= since) >= HotSpotReports, reports.Select(r => QueueItem.From(r, today)).ToList()));
    }

    public static async Task<List<HotSpot>> HotSpotsAsync(ReportsDbContext db, TimeProvider clock, CancellationToken ct, int limit = 100)
    {
        var since = clock.GetUtcNow() - HotSpotWindow;
        var counts = await db.Reports.AsNoTracking().Where(r => r.ReceivedAt >= since && r.Status != ReportStatus.Duplicate)
            .GroupBy(r => r.PlaceId).Select(g => new { Place = g.Key, Count = g.Count() }).Where(g => g.Count >= HotSpotReports)
            .OrderByDescending(g => g.Count).Take(limit).ToListAsync(ct);
        var ids = counts.Select(c => c.Place).ToList();
        var places = await db.Places.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return counts.Where(c => places.ContainsKey(c.Place)).Select(c => new HotSpot(c.Place, places[c.Place].TenantCode, places[c.Place].Address, c.Count, places[c.Place].RelapseCount)).ToList();
    }
}
