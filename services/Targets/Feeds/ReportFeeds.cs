using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.ReportFacts;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Feeds;

/// <summary>Which reports a ward's (or the province's, over all its wards) target counts: of its chosen categories, or all.</summary>
internal static class ReportScope
{
    public static IQueryable<ReportFact> Of(TargetsDbContext db, Target target)
    {
        var facts = target.TenantCode == target.ProvinceCode
            ? db.ReportFacts.Where(f => f.ProvinceCode == target.ProvinceCode)
            : db.ReportFacts.Where(f => f.TenantCode == target.TenantCode);
        var categories = target.ReportCategories;
        return categories.Count == 0 ? facts : facts.Where(f => categories.Contains(f.CategoryCode));
    }

    /// <summary>
    /// The feed's open targets of the ward and its province, locked (in id order) until the consumer's transaction ends:
    /// two reports consumed at once each count the other's fact once it is committed, so the last value is never stale.
    /// </summary>
    public static async Task<List<Target>> AffectedAsync(TargetsDbContext db, string feed, string tenant, string province, CancellationToken ct)
    {
        var source = Target.ComputedPrefix + feed;
        var ids = await db.Targets.Where(t => t.Source == source && !t.Settled && (t.TenantCode == tenant || t.TenantCode == province)
                                              && t.ProvinceCode == province).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        if (ids.Count == 0) return [];
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM targets WHERE id = ANY({ids.ToArray()}) ORDER BY id FOR UPDATE", ct);
        return await db.Targets.Where(t => ids.Contains(t.Id)).ToListAsync(ct);
    }
}

/// <summary>
/// "100% phản ánh, kiến nghị được giải quyết kịp thời": of the ward's reports (of the target's categories) resolved in
/// the target's period, the share (%) resolved by their original due date; 100 while none has been resolved.
/// </summary>
public sealed class ReportsOnTimeFeed(TargetsDbContext db) : TargetFeed<ReportResolved>
{
    public const string FeedName = ComputedTargetSources.ReportsOnTimeFeed;
    public override string Name => FeedName;
    public override string Description => "Tỷ lệ phản ánh, kiến nghị được giải quyết đúng hạn (tính tự động từ phản ánh).";

    protected override async Task<IReadOnlyList<Target>> AffectedByAsync(ReportResolved message, CancellationToken ct) =>
        await ReportScope.AffectedAsync(db, FeedName, message.TenantCode, message.ProvinceCode, ct);

    public override async Task<decimal> ValueOfAsync(Target target, CancellationToken ct)
    {
        var resolved = ReportScope.Of(db, target).Where(f => f.ResolvedOn >= target.PeriodFrom && f.ResolvedOn <= target.PeriodTo);
        var total = await resolved.CountAsync(ct);
        if (total == 0) return 100;
        var onTime = await resolved.CountAsync(f => f.OnTime == true, ct);
        return Math.Round(onTime * 100m / total, 2);
    }
}

/// <summary>
/// "Kéo giảm ít nhất 20% vụ vi phạm so với năm 2025": the number of verified incidents (duplicates merged into their
/// original, never counted twice; of the target's categories) received in the target's period. The status rule reads it
/// against the baseline year's count (typed in or uploaded, <see cref="Baselines.UploadBaseline"/>) as the reduction achieved.
/// </summary>
public sealed class VerifiedIncidentsFeed(TargetsDbContext db) : TargetFeed<ReportVerified>
{
    public const string FeedName = ComputedTargetSources.VerifiedIncidentsFeed;
    public override string Name => FeedName;
    public override string Description => "Số vụ vi phạm đã xác minh qua phản ánh (tính tự động, các phản ánh trùng gộp làm một).";

    protected override async Task<IReadOnlyList<Target>> AffectedByAsync(ReportVerified message, CancellationToken ct) =>
        await ReportScope.AffectedAsync(db, FeedName, message.TenantCode, message.ProvinceCode, ct);

    public override async Task<decimal> ValueOfAsync(Target target, CancellationToken ct) =>
        await ReportScope.Of(db, target).CountAsync(f => f.VerifiedOn != null && f.ReceivedOn >= target.PeriodFrom && f.ReceivedOn <= target.PeriodTo, ct);
}
