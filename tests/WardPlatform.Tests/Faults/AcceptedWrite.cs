namespace WardPlatform.Tests.Faults;

/// <summary>What a write the platform accepted (2xx) must become, and where: see <see cref="WriteTally"/>.</summary>
public enum WriteKind
{
    /// <summary>A citizen's report: one row in reports (the service answered after its commit).</summary>
    ReportFiled,
    /// <summary>A report resolved: ReportResolved reaches targets (report facts) and rankings (one fact).</summary>
    ReportResolved,
    /// <summary>A report verified: ReportVerified reaches targets and rankings (one fact).</summary>
    ReportVerified,
    /// <summary>A progress report with evidence: ProgressRecorded reaches rankings (the target's latest value).</summary>
    Progress,
    /// <summary>A plan issued: PlanIssued registers each of its targets once in targets and in rankings.</summary>
    PlanIssued,
}

/// <param name="Id">The record's id (report, progress report, plan).</param>
/// <param name="Key">The report's reference (ReportFiled), or the target's id (Progress).</param>
/// <param name="Expected">How many rows the write makes where one is counted (a plan's targets).</param>
public sealed record AcceptedWrite(WriteKind Kind, Guid Id, string? Key, int Expected, DateTimeOffset At);
