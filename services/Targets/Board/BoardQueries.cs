using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.IssuedPlans;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Board;

public sealed record ThemeGroup(string? ThemeNumber, IReadOnlyList<TargetDto> Targets);

public sealed record UnitSummary(string Unit, int Targets, int OnTrack, int AtRisk, int Achieved, int Missed);

public sealed record PlanBoardDto(Guid PlanId, string TenantCode, string Number, string Title, DateOnly IssuedOn,
    int TargetCount, UnitSummary Totals, IReadOnlyList<ThemeGroup> Themes, IReadOnlyList<UnitSummary> Units);

public sealed record UnitBoardTarget(string PlanNumber, string PlanTitle, TargetDto Target);

public sealed record UnitBoardDto(string Unit, UnitSummary Totals, IReadOnlyList<UnitBoardTarget> Targets);

/// <summary>The boards: a plan's targets by theme with a per-unit summary, a unit's targets across plans, and one target's history.</summary>
public static class BoardQueries
{
    public const string NoOwner = "(Chưa giao đơn vị)";

    public static async Task<PlanBoard?> LoadPlanAsync(Guid planId, TargetsDbContext db, CancellationToken ct)
    {
        var plan = await db.IssuedPlans.AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == planId, ct);
        if (plan is null) return null;
        var targets = await db.Targets.AsNoTracking().Where(t => t.PlanId == planId).ToListAsync(ct);
        return new PlanBoard(plan, targets.OrderBy(t => t.ThemeNumber, ThemeOrder.Comparer).ThenBy(t => t.Ordinal).ToList());
    }

    public static async Task<Results<Ok<PlanBoardDto>, NotFound>> PlanBoardAsync(Guid planId, TargetsDbContext db, CancellationToken ct)
    {
        if (await LoadPlanAsync(planId, db, ct) is not { } board) return TypedResults.NotFound();
        var (plan, targets) = board;
        var themes = targets.GroupBy(t => t.ThemeNumber)
            .Select(g => new ThemeGroup(g.Key, g.Select(TargetDto.From).ToList())).ToList();
        var units = targets.GroupBy(t => t.OwnerUnit ?? NoOwner).OrderBy(g => g.Key).Select(g => Summarise(g.Key, g)).ToList();
        return TypedResults.Ok(new PlanBoardDto(plan.PlanId, plan.TenantCode, plan.Number, plan.Title, plan.IssuedOn, targets.Count,
            Summarise("Tổng cộng", targets), themes, units));
    }

    /// <summary>A unit with no target the caller may see is not found (another ward's unit included).</summary>
    public static async Task<Results<Ok<UnitBoardDto>, NotFound>> UnitBoardAsync(string unit, TargetsDbContext db, CancellationToken ct)
    {
        var (name, rows) = await LoadUnitAsync(unit, db, ct);
        if (rows.Count == 0) return TypedResults.NotFound();
        var targets = rows.Select(r => new UnitBoardTarget(r.Plan.Number, r.Plan.Title, TargetDto.From(r.Target))).ToList();
        return TypedResults.Ok(new UnitBoardDto(name, Summarise(name, rows.Select(r => r.Target)), targets));
    }

    /// <summary>The unit's targets the caller may see, each with its plan: newest plan first, then by number, then in the plan's order.</summary>
    public static async Task<(string Name, List<(IssuedPlan Plan, Target Target)> Rows)> LoadUnitAsync(string unit, TargetsDbContext db, CancellationToken ct)
    {
        var name = VietnameseText.Clean(unit) ?? "";
        var rows = await db.Targets.AsNoTracking().Where(t => t.OwnerUnit == name)
            .Join(db.IssuedPlans.AsNoTracking(), t => t.PlanId, p => p.PlanId, (t, p) => new { Target = t, Plan = p })
            .ToListAsync(ct);
        return (name, rows.OrderByDescending(r => r.Plan.IssuedOn).ThenBy(r => r.Plan.Number).ThenBy(r => r.Plan.PlanId).ThenBy(r => r.Target.Ordinal)
            .Select(r => (r.Plan, r.Target)).ToList());
    }

    public static async Task<Results<Ok<TargetDetailDto>, NotFound>> TargetAsync(Guid id, TargetsDbContext db, CancellationToken ct)
    {
        var target = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null) return TypedResults.NotFound();
        var plan = await db.IssuedPlans.AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == target.PlanId, ct);
        // The history without the files' bytes: the list names them, the download endpoint serves them.
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.TargetId == id)
            .OrderBy(r => r.ReportedOn).ThenBy(r => r.RecordedAt)
            .Select(r => new
            {
                Report = r,
                Files = r.Evidence.Select(e => new EvidenceDto(e.Id, e.FileName, e.ContentType, e.Size, "")).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var history = reports.Select(r => ProgressDto.From(r.Report) with
        {
            Evidence = r.Files.Select(f => f with { Url = $"/targets/{id}/evidence/{f.Id}" }).ToList(),
        }).ToList();
        var series = history.Where(h => h.Superseded is null).Select(h => new SeriesPoint(h.ReportedOn, h.Value, h.Unit)).ToList();
        return TypedResults.Ok(new TargetDetailDto(TargetDto.From(target), plan?.Number ?? "", plan?.Title ?? "", history, series, Status.ExpectedPath.Of(target)));
    }

    private static UnitSummary Summarise(string unit, IEnumerable<Target> targets)
    {
        var list = targets.ToList();
        int Count(TargetStatus s) => list.Count(t => t.Status == s);
        return new UnitSummary(unit, list.Count, Count(TargetStatus.OnTrack), Count(TargetStatus.AtRisk), Count(TargetStatus.Achieved), Count(TargetStatus.Missed));
    }
}

public sealed record PlanBoard(IssuedPlan Plan, List<Target> Targets);
