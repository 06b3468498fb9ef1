using WardPlatform.Contracts;
using WardPlatform.Tenancy;

namespace WardPlatform.Targets.Tracking;

public sealed record TargetStage(decimal Value, DateOnly Due);

public sealed record TargetShare(string Unit, decimal Value);

/// <summary>
/// A target (chỉ tiêu) of an issued plan, with the "6 rõ" owner, its period, and the status the rule
/// (Status/StatusRule) last computed, kept here with the latest value so that a board reads one row per target.
/// </summary>
public sealed class Target : ITenantOwned
{
    public const string ManualSource = ComputedTargetSources.Manual;
    public const string ComputedPrefix = ComputedTargetSources.Prefix;

    public Guid Id { get; init; }
    public Guid PlanId { get; init; }
    /// <summary>The target's place in its plan (the plan's order, then typed-in targets after).</summary>
    public int Ordinal { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Text { get; init; }
    public TargetKind Kind { get; init; }
    /// <summary>The threshold: the lower bound of a Range, the rank of a Rank, the reduction (%) of a Reduction.</summary>
    public decimal Value { get; init; }
    public required string Unit { get; init; }
    public decimal? UpperValue { get; init; }
    public int? BaselineYear { get; init; }
    public decimal? BaselineValue { get; set; }
    public int? OutOf { get; init; }
    /// <summary>For a target fed by reports: the report categories (their codes) it counts; empty counts them all.</summary>
    public List<string> ReportCategories { get; set; } = [];
    public List<TargetStage> Stages { get; init; } = [];
    public List<TargetShare> Split { get; init; } = [];
    public string? ThemeNumber { get; init; }
    public string? OwnerUnit { get; init; }
    public string? OwnerPerson { get; init; }
    public DateOnly PeriodFrom { get; init; }
    public DateOnly PeriodTo { get; init; }
    /// <summary>"Manual", or "Computed:&lt;feed&gt;" for a value fed by other services' events.</summary>
    public required string Source { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }

    public TargetStatus Status { get; set; }
    public required string StatusReason { get; set; }
    public DateTimeOffset StatusChangedAt { get; set; }
    public decimal? LatestValue { get; set; }
    public DateOnly? LatestReportedOn { get; set; }
    public int ReportCount { get; set; }
    /// <summary>Set when the plan closed: the status is final and the daily sweep leaves it alone.</summary>
    public bool Settled { get; set; }

    public string? FeedName => ComputedTargetSources.FeedNameOf(Source);
}
