using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Handling;

namespace WardPlatform.Reports.Places;

public sealed record PlaceDto(Guid Id, string Address, Guid? NeighbourhoodId, double? Latitude, double? Longitude, int RelapseCount, bool HotSpot,
    IReadOnlyList<QueueItem> Reports);
public sealed record HotSpot(Guid Id, string Address, int Reports, int Relapses);
public sealed record WardFigures(string TenantCode, DateOnly From, DateOnly To, int Total, IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByCategory, decimal? OnTimeShare, IReadOnlyDictionary<string, decimal?> OnTimeByUnit,
    IReadOnlyDictionary<string, decimal?> OnTimeByCategory, decimal? RelapseRate, IReadOnlyList<QueueItem> Overdue, IReadOnlyList<HotSpot> HotSpots);

/// <summary>
/// Places that relapse (tái lấn chiếm): a place's history is every report there; a place with 3 or more reports in
/// 90 days is a hot spot (điểm nóng). The ward's figures over a period; the province's per ward (no contacts anywhere).
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
        var summary = app.MapGroup("/summary").WithTags("Tổng hợp phản ánh");
        summary.MapGet("/", WardAsync);
        summary.MapGet("/wards", ProvinceAsync);
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

    public static async Task<List<HotSpot>> HotSpotsAsync(ReportsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - HotSpotWindow;
        var counts = await db.Reports.AsNoTracking().Where(r => r.ReceivedAt >= since && r.Status != ReportStatus.Duplicate)
            .GroupBy(r => r.PlaceId).Select(g => new { Place = g.Key, Count = g.Count() }).Where(g => g.Count >= HotSpotReports)
            .OrderByDescending(g => g.Count).Take(100).ToListAsync(ct);
        var ids = counts.Select(c => c.Place).ToList();
        var places = await db.Places.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return counts.Where(c => places.ContainsKey(c.Place)).Select(c => new HotSpot(c.Place, places[c.Place].Address, c.Count, places[c.Place].RelapseCount)).ToList();
    }

    private static (DateOnly, DateOnly) Period(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var today = clock.Today();
        return (from ?? new DateOnly(today.Year, today.Month, 1), to ?? today);
    }

    private static async Task<Ok<WardFigures>> WardAsync(DateOnly? from, DateOnly? to, ReportsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (f, t) = Period(from, to, clock);
        var reports = await db.Reports.AsNoTracking().Where(r => r.ReceivedOn >= f && r.ReceivedOn <= t).ToListAsync(ct);
        return TypedResults.Ok(Figures(db.Scope.Tenant, f, t, reports, clock.Today(), await HotSpotsAsync(db, clock, ct)));
    }

    private static async Task<Ok<List<WardFigures>>> ProvinceAsync(DateOnly? from, DateOnly? to, ReportsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (f, t) = Period(from, to, clock);
        var reports = await db.Reports.AsNoTracking().Where(r => r.ReceivedOn >= f && r.ReceivedOn <= t).ToListAsync(ct);
        var wards = await db.Wards.AsNoTracking().Select(w => w.TenantCode).ToListAsync(ct);
        return TypedResults.Ok(wards.Select(w => Figures(w, f, t, reports.Where(r => r.TenantCode == w).ToList(), clock.Today(), [])).ToList());
    }

    public static WardFigures Figures(string tenant, DateOnly from, DateOnly to, List<Report> reports, DateOnly today, IReadOnlyList<HotSpot> hotSpots)
    {
        static decimal? Share(IEnumerable<Report> rs)
        {
            var resolved = rs.Where(r => r.OnTime is not null).ToList();
            return resolved.Count == 0 ? null : Math.Round(resolved.Count(r => r.OnTime == true) * 100m / resolved.Count, 1);
        }
        var counted = reports.Where(r => r.Status != ReportStatus.Duplicate).ToList();
        return new WardFigures(tenant, from, to, reports.Count,
            reports.GroupBy(r => ReportStatuses.Label(r.Status)).ToDictionary(g => g.Key, g => g.Count()),
            reports.GroupBy(r => r.CategoryName).ToDictionary(g => g.Key, g => g.Count()),
            Share(counted), counted.GroupBy(r => r.Unit ?? "").ToDictionary(g => g.Key, g => Share(g)),
            counted.GroupBy(r => r.CategoryName).ToDictionary(g => g.Key, g => Share(g)),
            counted.Count == 0 ? null : Math.Round(counted.Count(r => r.IsRelapse) * 100m / counted.Count, 1),
            counted.Where(r => r.IsOverdue(today)).OrderBy(r => r.DueOn).Take(200).Select(r => QueueItem.From(r, today)).ToList(), hotSpots);
    }
}
