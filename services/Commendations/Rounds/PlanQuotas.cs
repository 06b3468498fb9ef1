using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Rounds;

/// <summary>An issued plan as commendations knows it (from PlanIssued): a round created for it takes its award quotas.</summary>
public sealed class PlanQuotas : ITenantOwned
{
    public Guid PlanId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public List<PlanQuota> Quotas { get; init; } = [];
    public DateTimeOffset RecordedAt { get; init; }
}

public sealed record PlanQuota(string? Form, string RecipientKind, int MaxCount, string? Occasion, string Text);
