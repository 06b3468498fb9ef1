namespace WardPlatform.Contracts.Events;

// Integration events: past tense, immutable, one namespace. MassTransit matches messages by full
// type name, so every service must use these very types, never copies.

/// <summary>
/// A plan (kế hoạch) was issued by its ward or province and its targets can now be tracked. <see cref="Targets"/>
/// are the targets confirmed with the plan (the targets service registers each, keeping <see cref="PlannedTarget.TargetId"/>).
/// </summary>
public sealed record PlanIssued(
    Guid PlanId,
    string TenantCode,
    string ProvinceCode,
    string Number,
    string Title,
    DateOnly IssuedOn,
    DateTimeOffset IssuedAt,
    IReadOnlyList<PlannedTarget>? Targets = null,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null,
    /// <summary>Numbers of the plans this one cascades from ("208/KH-UBND"), as its legal bases cite them.</summary>
    IReadOnlyList<string>? ParentPlanNumbers = null,
    /// <summary>The plan's award quotas ("tặng Giấy khen cho tối đa 05 tập thể và 10 cá nhân"), for commendation rounds.</summary>
    IReadOnlyList<PlannedAwardQuota>? AwardQuotas = null,
    /// <summary>The plan's content themes (nội dung thi đua: "II.1", its title), for boards grouped by theme; null from older plans services.</summary>
    IReadOnlyList<PlannedTheme>? Themes = null);

/// <summary>A content theme of a plan as its targets cite it (<see cref="PlannedTarget.ThemeNumber"/>) and its title.</summary>
public sealed record PlannedTheme(string Number, string Title);

/// <summary>
/// One award quota of a plan. AwardForm as the commendations service names it ("giay-khen", "lao-dong-tien-tien"…,
/// null when the text names none); RecipientKind "collective", "individual" or "household"; MaxCount the "tối đa" number;
/// Occasion "annual", "midterm" (sơ kết) or "final" (tổng kết) when the text says; Text the sentence it was read from.
/// </summary>
public sealed record PlannedAwardQuota(string? AwardForm, string RecipientKind, int MaxCount, string? Occasion, string Text);

/// <summary>
/// A target as the plan states it. Kind is one of ShareToReach, Ceiling, Reduction, Count, SplitCount, Range, Staged,
/// Rank (DOMAIN.md). Value is the threshold (the lower bound of a Range, the rank for Rank); Unit is "%", "sáng kiến"…
/// Source is where its values come from: null (or "Manual") typed in, else one of <see cref="ComputedTargetSources"/>.
/// </summary>
public sealed record PlannedTarget(
    Guid TargetId,
    string Text,
    string Kind,
    decimal Value,
    string Unit,
    decimal? UpperValue = null,
    int? BaselineYear = null,
    int? OutOf = null,
    IReadOnlyList<PlannedStage>? Stages = null,
    IReadOnlyList<PlannedShare>? Split = null,
    string? ThemeNumber = null,
    string? OwnerUnit = null,
    string? OwnerPerson = null,
    DateOnly? Deadline = null,
    // Last, with a default: messages of an older plans service still read (as manual targets).
    string? Source = null);

public sealed record PlannedStage(decimal Value, DateOnly Due);

public sealed record PlannedShare(string Unit, decimal Value);

/// <summary>A plan moved along its lifecycle (Draft, Issued, InProgress, MidTermReviewed, FinalReview, Closed).</summary>
public sealed record PlanStatusChanged(
    Guid PlanId, string TenantCode, string ProvinceCode, string From, string To, string? ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A plan was closed after its final review: its targets are settled (achieved or missed).</summary>
public sealed record PlanClosed(Guid PlanId, string TenantCode, string ProvinceCode, DateTimeOffset ClosedAt);
