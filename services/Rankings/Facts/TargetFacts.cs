using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging.Inbox;
using WardPlatform.Rankings.Data;

namespace WardPlatform.Rankings.Facts;

// The targets' facts. Events of one target come from two services (plans, targets) in no guaranteed order, so each
// consumer creates the row if it is the first and fills only what its event knows.

internal static class KnownTargets
{
    public static async Task<KnownTarget> GetOrAddAsync(RankingsDbContext db, Guid id, Guid planId, string tenant, string province, CancellationToken ct)
    {
        var target = db.Targets.Local.FirstOrDefault(t => t.TargetId == id) ?? await db.Targets.FindAsync([id], ct);
        if (target is not null) return target;
        target = new KnownTarget { TargetId = id, PlanId = planId, TenantCode = tenant, ProvinceCode = province };
        db.Targets.Add(target);
        return target;
    }
}

public sealed class PlanIssuedConsumer(RankingsDbContext db) : InboxConsumer<PlanIssued, RankingsDbContext>(db)
{
    protected override async Task HandleAsync(PlanIssued m, CancellationToken ct)
    {
        if (await Db.Plans.FindAsync([m.PlanId], ct) is null)
            Db.Plans.Add(new KnownPlan
            {
                PlanId = m.PlanId, TenantCode = m.TenantCode, ProvinceCode = m.ProvinceCode,
                Number = VietnameseText.Clean(m.Number)!, Title = VietnameseText.Clean(m.Title)!, IssuedOn = m.IssuedOn,
                PeriodStart = m.PeriodStart, PeriodEnd = m.PeriodEnd,
                ParentPlanNumbers = m.ParentPlanNumbers?.Select(n => VietnameseText.Clean(n)!).ToList() ?? [],
            });
        foreach (var planned in (m.Targets ?? []).DistinctBy(t => t.TargetId))
        {
            var target = await KnownTargets.GetOrAddAsync(Db, planned.TargetId, m.PlanId, m.TenantCode, m.ProvinceCode, ct);
            target.Text = VietnameseText.Clean(planned.Text) ?? "";
            target.Kind = planned.Kind;
            target.Unit = VietnameseText.Clean(planned.Unit) ?? "";
            target.Threshold = planned.Value;
        }
    }
}

public sealed class TargetRegisteredConsumer(RankingsDbContext db) : InboxConsumer<TargetRegistered, RankingsDbContext>(db)
{
    protected override async Task HandleAsync(TargetRegistered m, CancellationToken ct)
    {
        var target = await KnownTargets.GetOrAddAsync(Db, m.TargetId, m.PlanId, m.TenantCode, m.ProvinceCode, ct);
        if (target.Text.Length == 0) target.Text = VietnameseText.Clean(m.Text) ?? "";
        if (target.Kind.Length == 0) target.Kind = m.Kind;
    }
}

public sealed class ProgressRecordedConsumer(RankingsDbContext db) : InboxConsumer<ProgressRecorded, RankingsDbContext>(db)
{
    protected override async Task HandleAsync(ProgressRecorded m, CancellationToken ct)
    {
        var target = await KnownTargets.GetOrAddAsync(Db, m.TargetId, m.PlanId, m.TenantCode, m.ProvinceCode, ct);
        // The latest value is the one as of the latest day; a report arriving late for an earlier day does not replace it.
        if (target.LatestReportedOn is { } on && (m.ReportedOn, m.RecordedAt).CompareTo((on, target.LatestRecordedAt ?? default)) < 0) return;
        target.LatestValue = m.Value;
        target.LatestReportedOn = m.ReportedOn;
        target.LatestRecordedAt = m.RecordedAt;
        target.LatestReportId = m.ReportId;
    }
}

public sealed class TargetStatusChangedConsumer(RankingsDbContext db) : InboxConsumer<TargetStatusChanged, RankingsDbContext>(db)
{
    protected override async Task HandleAsync(TargetStatusChanged m, CancellationToken ct)
    {
        var target = await KnownTargets.GetOrAddAsync(Db, m.TargetId, m.PlanId, m.TenantCode, m.ProvinceCode, ct);
        if (target.StatusChangedAt is { } at && m.ChangedAt < at) return;
        target.Status = m.To;
        target.StatusChangedAt = m.ChangedAt;
    }
}
