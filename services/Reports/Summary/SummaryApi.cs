using WardPlatform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Places;

namespace WardPlatform.Reports.Summary;

/// <summary>
/// The ward's figures over a period, its monthly report as Excel to send upward, and the province's figures per ward
/// side by side. Read-only; no answer carries a reporter's contact.
/// </summary>
public static class SummaryApi
{
    public static IEndpointRouteBuilder MapSummaryApi(this IEndpointRouteBuilder app)
    {
        var summary = app.MapGroup("/summary").WithTags("Tổng hợp phản ánh");
        summary.MapGet("/", WardAsync);
        summary.MapGet("/wards", ProvinceAsync);
        summary.MapGet("/reports.xlsx", ExportAsync);
        return app;
    }

    private static async Task<Results<Ok<WardFigures>, ValidationProblem>> WardAsync(DateOnly? from, DateOnly? to, ReportsDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var (f, t, errors) = SummaryPeriod.Read(from, to, clock);
        if (errors.Any) return errors.ToProblem();
        var tenant = db.Scope.Tenant;
        var reports = await ReceivedAsync(db, f, t, ct);
        return TypedResults.Ok(WardFigures.Of(tenant, await WardNameAsync(db, tenant, ct), f, t, reports, clock.Today(),
            await PlacesApi.HotSpotsAsync(db, clock, ct)));
    }

    private static async Task<Results<Ok<List<WardFigures>>, ValidationProblem>> ProvinceAsync(DateOnly? from, DateOnly? to, ReportsDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var (f, t, errors) = SummaryPeriod.Read(from, to, clock);
        if (errors.Any) return errors.ToProblem();
        var reports = await ReceivedAsync(db, f, t, ct);
        var wards = await db.Wards.AsNoTracking().OrderBy(w => w.Name).ToListAsync(ct);
        var hotSpots = await PlacesApi.HotSpotsAsync(db, clock, ct, limit: 1000);
        var today = clock.Today();
        return TypedResults.Ok(wards.Select(w => WardFigures.Of(w.TenantCode, w.Name, f, t, reports.Where(r => r.TenantCode == w.TenantCode).ToList(),
            today, hotSpots.Where(h => h.TenantCode == w.TenantCode).ToList())).ToList());
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(DateOnly? from, DateOnly? to, ReportsDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var (f, t, errors) = SummaryPeriod.Read(from, to, clock);
        if (errors.Any) return errors.ToProblem();
        var tenant = db.Scope.Tenant;
        var reports = await ReceivedAsync(db, f, t, ct);
        var today = clock.Today();
        var figures = WardFigures.Of(tenant, await WardNameAsync(db, tenant, ct), f, t, reports, today, []);
        var bytes = MonthlyReportWorkbook.Build(figures, reports.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Number).ToList(), today);
        return TypedResults.File(bytes, MonthlyReportWorkbook.ContentType, $"bao-cao-phan-anh-{tenant}-{f:yyyyMMdd}-{t:yyyyMMdd}.xlsx");
    }

    private static Task<List<Report>> ReceivedAsync(ReportsDbContext db, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.Reports.AsNoTracking().Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to).ToListAsync(ct);

    private static async Task<string> WardNameAsync(ReportsDbContext db, string tenant, CancellationToken ct) =>
        await db.Wards.AsNoTracking().Where(w => w.TenantCode == tenant).Select(w => w.Name).FirstOrDefaultAsync(ct) ?? tenant;
}
