using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Rankings.Apis;
using WardPlatform.Rankings.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Overview;

public sealed record CascadeRow(string Ward, Guid? PlanId, string? PlanNumber, DateOnly? IssuedOn);

public sealed record ProvincePlanRow(Guid PlanId, string Number, string Title, DateOnly IssuedOn, IReadOnlyList<CascadeRow> Cascaded, IReadOnlyList<string> NotYet);

public sealed record WardCounts(string Ward, int Plans, int Targets, IReadOnlyDictionary<string, int> Statuses);

public sealed record ProvinceOverview(IReadOnlyList<ProvincePlanRow> ProvincePlans, IReadOnlyList<WardCounts> Wards);

/// <summary>The province's overview: for each province plan, the wards that cascaded it and those that have not yet; counts per ward.</summary>
public static class OverviewEndpoints
{
    public static async Task<Results<Ok<ProvinceOverview>, ProblemHttpResult>> GetAsync(RankingsDbContext db, TenantScope scope, CancellationToken ct)
    {
        if (scope.Kind != ScopeKind.Province) return RankingAccess.ProvinceOnly();
        var plans = await db.Plans.AsNoTracking().ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking().Select(t => new { t.TenantCode, t.Status }).ToListAsync(ct);
        var wards = plans.Select(p => p.TenantCode).Concat(targets.Select(t => t.TenantCode)).Where(t => t != scope.Province)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = plans.Where(p => p.TenantCode == scope.Province).OrderByDescending(p => p.IssuedOn).Select(p =>
        {
            var cascaded = plans.Where(w => w.TenantCode != scope.Province && w.ParentPlanNumbers.Contains(p.Number))
                .GroupBy(w => w.TenantCode).Select(g => g.MinBy(w => w.IssuedOn)!)
                .OrderBy(w => w.IssuedOn).Select(w => new CascadeRow(w.TenantCode, w.PlanId, w.Number, w.IssuedOn)).ToList();
            return new ProvincePlanRow(p.PlanId, p.Number, p.Title, p.IssuedOn, cascaded, wards.Except(cascaded.Select(c => c.Ward)).ToList());
        }).ToList();
        var counts = wards.Select(w => new WardCounts(w, plans.Count(p => p.TenantCode == w), targets.Count(t => t.TenantCode == w),
            targets.Where(t => t.TenantCode == w).GroupBy(t => t.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()))).ToList();
        return TypedResults.Ok(new ProvinceOverview(rows, counts));
    }
}
