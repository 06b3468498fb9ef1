using WardPlatform.Tenancy;

namespace WardPlatform.Targets.IssuedPlans;

/// <summary>A plan the plans service has issued, as targets knows it: targets are registered against it.</summary>
public sealed class IssuedPlan : ITenantOwned
{
    public Guid PlanId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    public DateOnly IssuedOn { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    /// <summary>Numbers of the plans this one cascades from (a ward plan citing the province's).</summary>
    public List<string> ParentPlanNumbers { get; init; } = [];
    /// <summary>The plan's content themes (number and title), so that its board and report group targets as the plan does.</summary>
    public List<IssuedTheme> Themes { get; init; } = [];
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset RecordedAt { get; init; }
    /// <summary>How many times the event's effect was applied; the inbox keeps this at 1.</summary>
    public int TimesRecorded { get; set; }
}

/// <summary>A content theme of an issued plan: "II.1" and its title.</summary>
public sealed record IssuedTheme(string Number, string Title);
