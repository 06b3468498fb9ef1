using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Facts;

/// <summary>A plan as rankings knows it from PlanIssued: who issued it, when, and which plans it cascades.</summary>
public sealed class KnownPlan : ITenantOwned
{
    public Guid PlanId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    public DateOnly IssuedOn { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public List<string> ParentPlanNumbers { get; init; } = [];
    /// <summary>True when the issuer is the province itself (its tenant is the province's code).</summary>
    public bool IsProvincePlan => TenantCode == ProvinceCode;
}

/// <summary>
/// A target with its latest value and status, assembled from PlanIssued (kind, threshold, unit), TargetRegistered,
/// ProgressRecorded and TargetStatusChanged, whichever arrives first: each fills what it knows.
/// </summary>
public sealed class KnownTarget : ITenantOwned
{
    public Guid TargetId { get; init; }
    public Guid PlanId { get; set; }
    public required string TenantCode { get; set; }
    public required string ProvinceCode { get; set; }
    public string Text { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal? Threshold { get; set; }
    public decimal? LatestValue { get; set; }
    public DateOnly? LatestReportedOn { get; set; }
    public Guid? LatestReportId { get; set; }
    public DateTimeOffset? LatestRecordedAt { get; set; }
    public string Status { get; set; } = "OnTrack";
    public DateTimeOffset? StatusChangedAt { get; set; }
}

/// <summary>
/// One fact from another service's event, per ward and day: a resolved report (Value 1 on time, 0 late), a verified
/// incident, a relapse, a commendation decision (Value = awards). A new source is one feed writing one new Kind.
/// </summary>
public sealed class WardFact : ITenantOwned
{
    public Guid Id { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Kind { get; init; }
    public DateOnly On { get; set; }
    public decimal Value { get; set; }
    /// <summary>The record the fact came from ("report:…", "decision:…"), shown beside the value it feeds.</summary>
    public required string Record { get; init; }
    /// <summary>The neighbourhood (khu phố, ấp) the report was about, when its events name one; neighbourhood rankings count these.</summary>
    public Guid? NeighbourhoodId { get; set; }
}

/// <summary>A ward target answering a province target (confirmed or changed by a person of the ward).</summary>
public sealed class TargetLink : ITenantOwned
{
    public Guid WardTargetId { get; init; }
    public Guid ProvinceTargetId { get; set; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string LinkedBy { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
}

/// <summary>
/// A value entered for a year (PAR Index, SIPAS…), or "không áp dụng": by the province per ward, or by a ward per
/// neighbourhood (<see cref="WardCode"/> is then the neighbourhood's id).
/// </summary>
public sealed class EnteredValue : ITenantOwned
{
    public Guid Id { get; init; }
    /// <summary>Who entered it (the province, or a ward for its neighbourhoods). The unit it describes is <see cref="WardCode"/>.</summary>
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Key { get; init; }
    public required string WardCode { get; init; }
    public int Year { get; init; }
    public decimal? Value { get; set; }
    public bool NotApplicable { get; set; }
    public required string Record { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
}

/// <summary>A bonus or penalty (điểm thưởng, điểm trừ) for a ward in one ranking series, tied to a record.</summary>
public sealed class Adjustment : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid SeriesId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string WardCode { get; init; }
    public decimal Points { get; init; }
    public required string Reason { get; init; }
    public required string Record { get; init; }
    public DateTimeOffset EnteredAt { get; init; }
}

public static class FactKinds
{
    public const string ReportResolved = "report-resolved";
    public const string ReportVerified = "report-verified";
    public const string Relapse = "relapse";
    public const string Commendation = "commendation";
}
