using WardPlatform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Board;

/// <summary>A target needing attention on the home page: overdue, or with no report this month.</summary>
public sealed record AttentionTarget(Guid Id, Guid PlanId, string PlanNumber, string Text, string? OwnerUnit, string Status, string StatusLabel,
    string Why, DateOnly PeriodTo, DateOnly? LatestReportedOn);

/// <summary>The home page's figures and list: the caller's own targets by status, and those needing attention.</summary>
public sealed record WorkToDoDto(int Targets, IReadOnlyDictionary<string, int> ByStatus, int AttentionCount, IReadOnlyList<AttentionTarget> Attention);

public static class WorkToDo
{
    public const int MaxListed = 20;

    /// <summary>
    /// GET /targets/work: the caller's own tenant's targets (a province official's: the province's own, not every
    /// ward's), still open. Overdue: the period ended and the target is not achieved. No report this month: nothing
    /// reported since the first of the current month (Vietnam time), for a target whose period has begun.
    /// </summary>
    public static async Task<Ok<WorkToDoDto>> HandleAsync(TargetsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.Today();
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var targets = db.Targets.AsNoTracking().Where(t => !t.Settled);
        if (db.Scope.HasOwnTenant) targets = targets.Where(t => t.TenantCode == db.Scope.Tenant);
        var byStatus = await targets.GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var attention = targets.Where(t => t.Source == Target.ManualSource
            && ((t.PeriodTo < today && t.Status != TargetStatus.Achieved)
                || (t.PeriodFrom <= today && (t.LatestReportedOn == null || t.LatestReportedOn < monthStart))));
        var count = await attention.CountAsync(ct);
        var rows = await attention.OrderBy(t => t.PeriodTo).ThenBy(t => t.Ordinal).Take(MaxListed)
            .Join(db.IssuedPlans.AsNoTracking(), t => t.PlanId, p => p.PlanId, (t, p) => new { Target = t, p.Number })
            .ToListAsync(ct);
        var list = rows.OrderBy(r => r.Target.PeriodTo).ThenBy(r => r.Target.Ordinal).Select(r => new AttentionTarget(r.Target.Id, r.Target.PlanId, r.Number, r.Target.Text, r.Target.OwnerUnit,
            r.Target.Status.ToString(), TargetStatuses.Label(r.Target.Status),
            r.Target.PeriodTo < today && r.Target.Status != TargetStatus.Achieved
                ? $"Quá hạn từ {VietnamClock.Show(r.Target.PeriodTo)}"
                : r.Target.LatestReportedOn is { } last ? $"Chưa báo cáo tháng này (lần cuối {VietnamClock.Show(last)})" : "Chưa có báo cáo nào",
            r.Target.PeriodTo, r.Target.LatestReportedOn)).ToList();
        return TypedResults.Ok(new WorkToDoDto(byStatus.Sum(s => s.Count), byStatus.ToDictionary(s => s.Key.ToString(), s => s.Count), count, list));
    }
}
