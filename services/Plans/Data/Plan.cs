using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Data;

public enum PlanStatus { Draft, Issued }

/// <summary>A plan (kế hoạch). The full official-document shape comes with the plans issue; this is its core.</summary>
public sealed class Plan : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    /// <summary>The ward's or province's code: whose plan this is.</summary>
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    /// <summary>"118/KH-UBND".</summary>
    public required string Number { get; set; }
    public required string Title { get; set; }
    public PlanStatus Status { get; private set; } = PlanStatus.Draft;
    public DateOnly? IssuedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? IssuedAt { get; private set; }

    public void Issue(DateOnly issuedOn, DateTimeOffset now)
    {
        if (Status != PlanStatus.Draft) throw new InvalidOperationException($"Plan {Id} is {Status}, not a draft.");
        Status = PlanStatus.Issued;
        IssuedOn = issuedOn;
        IssuedAt = now;
    }
}
