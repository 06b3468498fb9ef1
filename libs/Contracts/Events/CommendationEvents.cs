namespace WardPlatform.Contracts.Events;

// Commendations (khen thưởng). Published by the commendations service through its outbox; the rankings read model
// consumes them. New fields go last, with defaults, so older messages still read.

/// <summary>
/// The chairman signed a numbered commendation decision (quyết định khen thưởng) of a round. Each award names its
/// form (e.g. "giay-khen-tap-the", "lao-dong-tien-tien") and recipient; <see cref="AwardGranted.PrizeAmount"/> in đồng.
/// </summary>
public sealed record CommendationDecided(
    Guid DecisionId, Guid RoundId, Guid? PlanId, string TenantCode, string ProvinceCode, string DecisionNumber,
    DateOnly DecidedOn, IReadOnlyList<AwardGranted> Awards, DateTimeOffset DecidedAt);

/// <summary>RecipientKind: "collective", "individual" or "household"; RecipientId: the unit, neighbourhood or person id, when known.</summary>
public sealed record AwardGranted(
    string AwardForm, string RecipientKind, string? RecipientId, string RecipientName, decimal PrizeAmount);

/// <summary>A unit's nomination for a higher award (Bằng khen, Chiến sĩ thi đua cấp tỉnh…) was sent up to the province.</summary>
public sealed record CommendationProposedUpward(
    Guid ProposalId, Guid RoundId, string TenantCode, string ProvinceCode, string AwardForm, string RecipientKind,
    string RecipientName, DateTimeOffset ProposedAt);
