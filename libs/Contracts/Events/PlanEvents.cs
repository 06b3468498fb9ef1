namespace WardPlatform.Contracts.Events;

// Integration events: past tense, immutable, one namespace. MassTransit matches messages by full
// type name, so every service must use these very types, never copies.

/// <summary>A plan (kế hoạch) was issued by its ward or province and its targets can now be tracked.</summary>
public sealed record PlanIssued(
    Guid PlanId,
    string TenantCode,
    string ProvinceCode,
    string Number,
    string Title,
    DateOnly IssuedOn,
    DateTimeOffset IssuedAt);
