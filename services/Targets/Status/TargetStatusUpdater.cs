using WardPlatform.Http;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Messaging;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Status;

/// <summary>
/// Applies the status rule to targets and keeps what the board shows (latest value, status, reason) on the
/// target; a change of status publishes TargetStatusChanged in the same transaction (outbox).
/// </summary>
public sealed class TargetStatusUpdater(TargetsDbContext db, TimeProvider clock)
{
    public async Task<Dictionary<Guid, List<Reading>>> ReadingsOfAsync(IReadOnlyCollection<Guid> targetIds, CancellationToken ct)
    {
        var rows = await db.ProgressReports.AsNoTracking()
            .Where(r => targetIds.Contains(r.TargetId) && r.SupersededAt == null)
            .Select(r => new { r.TargetId, Reading = new Reading(r.ReportedOn, r.Value, r.Unit, r.RecordedAt) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.TargetId).ToDictionary(g => g.Key, g => g.Select(r => r.Reading).ToList());
    }

    /// <summary>The first status of a new target: set, not announced (TargetRegistered announces the target).</summary>
    public void Initialise(Target target, IReadOnlyList<Reading> readings)
    {
        var verdict = Show(target, readings, settle: false);
        target.Status = verdict.Status;
        target.StatusReason = verdict.Reason;
        target.StatusChangedAt = clock.GetUtcNow();
    }

    /// <summary>Recomputes; returns true when the status changed (and the event was queued).</summary>
    public bool Apply(Target target, IReadOnlyList<Reading> readings, bool settle = false)
    {
        var verdict = Show(target, readings, settle);
        if (settle) target.Settled = true;
        target.StatusReason = verdict.Reason;
        if (verdict.Status == target.Status) return false;

        var now = clock.GetUtcNow();
        db.PublishOnCommit(new TargetStatusChanged(target.Id, target.PlanId, target.TenantCode, target.ProvinceCode,
            target.Status.ToString(), verdict.Status.ToString(), verdict.Reason, now));
        target.Status = verdict.Status;
        target.StatusChangedAt = now;
        return true;
    }

    private StatusVerdict Show(Target target, IReadOnlyList<Reading> readings, bool settle)
    {
        target.ReportCount = readings.Count;
        var latest = StatusRule.Latest(readings);
        target.LatestReportedOn = latest?.ReportedOn;
        // A split target's result is the sum of each unit's latest value.
        target.LatestValue = target.Kind == TargetKind.SplitCount && target.Split.Count > 0 && readings.Count > 0
            ? target.Split.Sum(share => StatusRule.Latest(readings.Where(r => r.Unit == share.Unit))?.Value ?? 0)
            : latest?.Value;
        return StatusRule.Evaluate(target, readings, clock.Today(), settle);
    }
}
