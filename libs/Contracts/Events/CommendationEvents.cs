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

/// <summary>A unit submitted a nomination (đề nghị khen thưởng) with its dossier to a round; the culture-social office appraises it.</summary>
public sealed record NominationSubmitted(
    Guid NominationId, Guid RoundId, Guid? PlanId, string TenantCode, string ProvinceCode, string AwardForm, string RecipientKind,
    string? RecipientId, string RecipientName, string NominatingUnit, DateTimeOffset SubmittedAt);

/// <summary>The appraiser returned a dossier for completion, with written reasons; the unit has until ResubmitDue (working days).</summary>
public sealed record DossierReturned(
    Guid NominationId, Guid RoundId, string TenantCode, string ProvinceCode, string NominatingUnit, string Reasons,
    DateOnly ResubmitDue, DateTimeOffset ReturnedAt);

/// <summary>A decision was revoked with a reason; PrizeToRecover (đồng) is the money its awardees must return.</summary>
public sealed record CommendationRevoked(
    Guid DecisionId, Guid RoundId, string TenantCode, string ProvinceCode, string DecisionNumber, string Reason,
    decimal PrizeToRecover, DateTimeOffset RevokedAt);
