using WardPlatform.Tenancy;

namespace WardPlatform.Targets.Progress;

/// <summary>A value reported on a target as of a date, with who reported it and the evidence attached.</summary>
public sealed class ProgressReport : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TargetId { get; init; }
    public Guid PlanId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public decimal Value { get; init; }
    public DateOnly ReportedOn { get; init; }
    /// <summary>For a target split across units: the unit this value is for.</summary>
    public string? Unit { get; init; }
    public string? Note { get; init; }
    public string? ReportedBy { get; init; }
    public string? ReportedByName { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public List<EvidenceFile> Evidence { get; init; } = [];

    /// <summary>For a correction: the report it replaces.</summary>
    public Guid? Corrects { get; init; }
    /// <summary>Set when the report was corrected or withdrawn: it stays in the history but no longer counts.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }
    public Guid? SupersededBy { get; private set; }
    public string? SupersededByName { get; private set; }
    public string? SupersedeReason { get; private set; }
    public bool Withdrawn { get; private set; }

    public bool Counts => SupersededAt is null;

    public void Supersede(Guid? by, bool withdrawn, string? byName, string reason, DateTimeOffset now) =>
        (SupersededAt, SupersededBy, Withdrawn, SupersededByName, SupersedeReason) = (now, by, withdrawn, byName, reason);
}
