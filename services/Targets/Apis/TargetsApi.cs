using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.IssuedPlans;
using WardPlatform.Targets.Progress;
using WardPlatform.Targets.Registration;

namespace WardPlatform.Targets.Apis;

public static class TargetsApi
{
    public static IEndpointRouteBuilder MapTargetsApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/plans").WithTags("Kế hoạch đã ban hành");
        plans.MapGet("/", ListIssuedPlans);
        plans.MapGet("/{planId:guid}", GetIssuedPlan);
        plans.MapPost("/{planId:guid}/targets", RegisterTarget.HandleAsync);
        plans.MapGet("/{planId:guid}/board", BoardQueries.PlanBoardAsync);
        plans.MapGet("/{planId:guid}/board.xlsx", ExportBoard.HandleAsync);

        var targets = app.MapGroup("/targets").WithTags("Chỉ tiêu");
        targets.MapGet("/work", WorkToDo.HandleAsync);
        targets.MapGet("/{id:guid}", BoardQueries.TargetAsync);
        // A token-authenticated API, not a cookie form: no antiforgery token to check here (the gateway checks its own).
        targets.MapPost("/{id:guid}/progress", ReportProgress.HandleAsync).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ReportProgress.MaxRequestBytes));
        targets.MapPost("/{id:guid}/progress/{reportId:guid}/withdraw", ProgressCorrections.WithdrawAsync);
        targets.MapGet("/{id:guid}/evidence/{fileId:guid}", DownloadEvidence.HandleAsync);
        targets.MapPut("/{id:guid}/baseline", Baselines.SetBaseline.HandleAsync);
        targets.MapPost("/{id:guid}/baseline.xlsx", Baselines.UploadBaseline.HandleAsync).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Baselines.UploadBaseline.MaxBytes + 64 * 1024));
        targets.MapPut("/{id:guid}/report-categories", Feeds.ChooseReportCategories.HandleAsync);

        var units = app.MapGroup("/units").WithTags("Đơn vị");
        units.MapGet("/{unit}/board", BoardQueries.UnitBoardAsync);
        units.MapGet("/{unit}/board.xlsx", ExportBoard.UnitAsync);
        return app;
    }

    private static async Task<Ok<List<IssuedPlan>>> ListIssuedPlans(TargetsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.IssuedPlans.AsNoTracking().OrderByDescending(p => p.IssuedAt).ToListAsync(ct));

    private static async Task<Results<Ok<IssuedPlan>, NotFound>> GetIssuedPlan(Guid planId, TargetsDbContext db, CancellationToken ct) =>
        await db.IssuedPlans.AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == planId, ct) is { } plan
            ? TypedResults.Ok(plan)
            : TypedResults.NotFound();
}
