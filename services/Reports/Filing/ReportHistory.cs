using WardPlatform.Reports.Data;

namespace WardPlatform.Reports.Filing;

public static class ReportHistory
{
    /// <summary>Moves <paramref name="report"/> to <paramref name="to"/> and writes the history entry, in the same save.</summary>
    public static void Move(this ReportsDbContext db, Report report, ReportStatus to, string action, Actor actor, string? note,
        DateTimeOffset at, bool isPublic = true)
    {
        db.History.Add(new ReportHistoryEntry
        {
            Id = Guid.CreateVersion7(),
            ReportId = report.Id,
            TenantCode = report.TenantCode,
            ProvinceCode = report.ProvinceCode,
            At = at,
            From = action == "received" ? null : report.Status,
            To = to,
            Action = action,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Note = note,
            Public = isPublic,
        });
        report.Status = to;
        report.UpdatedAt = at;
    }
}
