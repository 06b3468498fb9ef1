using WardPlatform.Contracts.Events;
using WardPlatform.Messaging;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Progress;

/// <summary>
/// Adds a progress report, or supersedes one (a correction or a withdrawal), announces it (ProgressRecorded,
/// ProgressSuperseded) and recomputes the target's status, all in one save. A superseded report stays in the history.
/// </summary>
public sealed class ProgressRecorder(TargetsDbContext db, TargetStatusUpdater statuses)
{
    public async Task RecordAsync(Target target, ProgressReport report, CancellationToken ct, ProgressReport? corrected = null, string? reason = null)
    {
        var readings = (await statuses.ReadingsOfAsync([target.Id], ct)).GetValueOrDefault(target.Id) ?? [];
        if (corrected is not null) readings = Without(readings, corrected);
        readings.Add(new Reading(report.ReportedOn, report.Value, report.Unit, report.RecordedAt));
        db.ProgressReports.Add(report);
        db.PublishOnCommit(new ProgressRecorded(report.Id, target.Id, target.PlanId, target.TenantCode, target.ProvinceCode,
            report.Value, report.ReportedOn, report.ReportedBy, report.RecordedAt));
        if (corrected is not null) Supersede(target, corrected, report.Id, report.ReportedBy, report.ReportedByName, reason!, report.RecordedAt);
        statuses.Apply(target, readings);
    }

    public async Task WithdrawAsync(Target target, ProgressReport report, string? by, string? byName, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var readings = Without((await statuses.ReadingsOfAsync([target.Id], ct)).GetValueOrDefault(target.Id) ?? [], report);
        Supersede(target, report, null, by, byName, reason, now);
        statuses.Apply(target, readings);
    }

    private void Supersede(Target target, ProgressReport old, Guid? by, string? byId, string? byName, string reason, DateTimeOffset now)
    {
        old.Supersede(by, withdrawn: by is null, byName, reason, now);
        db.PublishOnCommit(new ProgressSuperseded(old.Id, target.Id, target.PlanId, target.TenantCode, target.ProvinceCode, by, reason, byId, now));
    }

    private static List<Reading> Without(List<Reading> readings, ProgressReport report)
    {
        var index = readings.FindIndex(r => r.ReportedOn == report.ReportedOn && r.Value == report.Value && r.Unit == report.Unit && r.RecordedAt == report.RecordedAt);
        if (index >= 0) readings.RemoveAt(index);
        return readings;
    }
}
