using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Rounds;

/// <summary>
/// A commendation round (đợt khen thưởng) of a ward: annual, or at a plan's sơ kết / tổng kết, with the plan's award
/// quotas (set by hand when no plan carries them) and its schedule. Its accepted list is posted publicly before the decision.
/// </summary>
public sealed class Round : ITenantOwned
{
    public Guid Id { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public Guid? PlanId { get; init; }
    public string? PlanNumber { get; init; }
    public required string Title { get; set; }
    /// <summary>"annual", "midterm" (sơ kết) or "final" (tổng kết).</summary>
    public required string Occasion { get; init; }
    public DateOnly PeriodFrom { get; init; }
    public DateOnly PeriodTo { get; init; }
    public DateOnly NominationsDue { get; set; }
    public DateOnly AppraisalDue { get; set; }
    public DateOnly DecisionDue { get; set; }
    public List<RoundQuota> Quotas { get; set; } = [];
    /// <summary>Days the proposed list stays on the public page.</summary>
    public int PostingDays { get; set; } = 10;
    public DateOnly? PostedFrom { get; set; }
    /// <summary>The last day the list is shown; the decision may come after it.</summary>
    public DateOnly? PostedUntil { get; set; }
    public Guid? DecisionId { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    public bool IsPostedOn(DateOnly day) => PostedFrom is { } from && PostedUntil is { } until && from <= day && day <= until;
}

/// <summary>"Tối đa 05 tập thể": at most MaxCount awards of Form (any form when null) to recipients of RecipientKind.</summary>
public sealed record RoundQuota(string? Form, string RecipientKind, int MaxCount);

public static class Occasions
{
    public static readonly IReadOnlyList<string> All = ["annual", "midterm", "final"];
}
