using WardPlatform.Audit;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Filing;

/// <summary>One move of a report: who, when, from and to which status, and the note. Public entries are shown to citizens.</summary>
// Not audited apart: the history is itself the record of each move (who, when, note), and the move's change to the
// report is audited with the report.
public sealed class ReportHistoryEntry : ITenantOwned, IExcludedFromAudit
{
    public Guid Id { get; init; }
    public Guid ReportId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public DateTimeOffset At { get; init; }
    public ReportStatus? From { get; init; }
    public ReportStatus To { get; init; }
    public required string Action { get; init; }
    /// <summary>A person's id, or "citizen", "system", "open311:&lt;application&gt;".</summary>
    public required string ActorId { get; init; }
    public required string ActorName { get; init; }
    public string? Note { get; init; }
    public bool Public { get; init; }
}
