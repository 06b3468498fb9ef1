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
}
