using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Feeds;

/// <summary>
/// "Số kế hoạch của xã, phường ban hành theo kế hoạch của tỉnh": on a province plan's target with source
/// "Computed:cascade-plans", the number of wards of the province that issued a plan citing the province plan's
/// number among its legal bases (PlanIssued.ParentPlanNumbers); as a share of <see cref="Target.OutOf"/> wards
/// when the target's unit is "%".
/// </summary>
public sealed class CascadePlansFeed(TargetsDbContext db) : TargetFeed<PlanIssued>
{
    public const string FeedName = ComputedTargetSources.CascadePlansFeed;
    public override string Name => FeedName;
    public override string Description => "Số xã, phường đã ban hành kế hoạch triển khai kế hoạch của tỉnh (tính tự động).";

    protected override async Task<IReadOnlyList<Target>> AffectedByAsync(PlanIssued message, CancellationToken ct)
    {
        var parents = message.ParentPlanNumbers?.Select(n => n.Trim()).Where(n => n.Length > 0).ToList() ?? [];
        if (parents.Count == 0 || message.TenantCode == message.ProvinceCode) return [];
        // Two wards' plans counted at once must not each miss the other: one count per province at a time,
        // taken after this ward's plan is written (the consumer saved it), inside the consumer's transaction.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"cascade-plans:" + message.ProvinceCode}))", ct);
        var source = Target.ComputedPrefix + FeedName;
        var provincePlans = db.IssuedPlans.Where(p => p.ProvinceCode == message.ProvinceCode && p.TenantCode == message.ProvinceCode
                                                      && parents.Contains(p.Number)).Select(p => p.PlanId);
        return await db.Targets.Where(t => t.Source == source && provincePlans.Contains(t.PlanId)).ToListAsync(ct);
    }

    public override async Task<decimal> ValueOfAsync(Target target, CancellationToken ct)
    {
        var plan = await db.IssuedPlans.AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == target.PlanId, ct);
        // Only a province's own plan is cascaded by wards.
        if (plan is null || plan.TenantCode != plan.ProvinceCode) return 0;
        var wards = await db.IssuedPlans
            .Where(p => p.ProvinceCode == plan.ProvinceCode && p.TenantCode != p.ProvinceCode && p.ParentPlanNumbers.Contains(plan.Number))
            .Select(p => p.TenantCode).Distinct().CountAsync(ct);
        return target.Unit == "%" && target.OutOf is > 0 ? Math.Round(wards * 100m / target.OutOf.Value, 2) : wards;
    }
}
