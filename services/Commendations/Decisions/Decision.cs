using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Decisions;

/// <summary>The chairman's numbered decision (Quyết định khen thưởng) of a round, with its awards.</summary>
public sealed class Decision : ITenantOwned
{
    public Guid Id { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public Guid RoundId { get; init; }
    public Guid? PlanId { get; init; }
    public int Year { get; init; }
    /// <summary>The number in the ward's sequence of the year: 1, 2, 3… without gaps.</summary>
    public int Sequence { get; init; }
    /// <summary>"07/QĐ-UBND".</summary>
    public required string Number { get; init; }
    public DateOnly DecidedOn { get; init; }
    public required string Subject { get; init; }
    public required string SignerName { get; init; }
    public required string SignerTitle { get; init; }
    public decimal BaseSalary { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
    public string? RevokedReason { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public decimal PrizeToRecover { get; set; }
    public List<Award> Awards { get; init; } = [];
}

/// <summary>One awardee of a decision: a line of the ward's register of awards (sổ vàng).</summary>
public sealed class Award : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid DecisionId { get; init; }
    public Guid NominationId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public int Ordinal { get; init; }
    public required string Form { get; init; }
    public required string FormName { get; init; }
    public bool IsTitle { get; init; }
    public required string RecipientKind { get; init; }
    public string? RecipientId { get; init; }
    public required string RecipientName { get; init; }
    public string? RecipientUnit { get; init; }
    public required string Achievement { get; init; }
    public decimal Coefficient { get; init; }
    public decimal PrizeAmount { get; init; }
    /// <summary>"15/2026": the line of the sổ vàng, numbered per ward and year.</summary>
    public required string RegisterNumber { get; init; }
    public int Year { get; init; }
    public bool Revoked { get; set; }
}

/// <summary>The last number used per ward, year and sequence ("decision", "register"), locked while a decision is numbered.</summary>
public sealed class NumberCounter
{
    public required string TenantCode { get; init; }
    public required string Sequence { get; init; }
    public int Year { get; init; }
    public int Last { get; set; }
}
