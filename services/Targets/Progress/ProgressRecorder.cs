using WardPlatform.Contracts.Events;
using WardPlatform.Messaging;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Progress;

/// <summary>Adds a progress report, announces it (ProgressRecorded) and recomputes the target's status, all in one save.</summary>
public sealed class ProgressRecorder(TargetsDbContext db, TargetStatusUpdater statuses)
{
    public async Task RecordAsync(Target target, ProgressReport report, CancellationToken ct)
    {
        var readings = (await statuses.ReadingsOfAsync([target.Id], ct)).GetValueOrDefault(target.Id) ?? [];
        readings.Add(new Reading(report.ReportedOn, report.Value, report.Unit, report.RecordedAt));
        db.ProgressReports.Add(report);
        db.PublishOnCommit(new ProgressRecorded(report.Id, target.Id, target.PlanId, target.TenantCode, target.ProvinceCode,
            report.Value, report.ReportedOn, report.ReportedBy, report.RecordedAt));
        statuses.Apply(target, readings);
    }
}
