namespace WardPlatform.Targets.ReportFacts;

/// <summary>
/// What this service keeps of a public-order report (from the reports service's events) for the report feeds: when it
/// was resolved and whether on time (by its original due date), and whether it was verified as an incident.
/// </summary>
public sealed class ReportFact
{
    public Guid ReportId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string CategoryCode { get; init; }
    public DateOnly? ResolvedOn { get; set; }
    public bool? OnTime { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public DateOnly? VerifiedOn { get; set; }
}
