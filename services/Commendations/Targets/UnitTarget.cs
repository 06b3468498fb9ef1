using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Targets;

/// <summary>
/// The commendations service's own copy of one target of a ward's plan and its latest status, kept from the targets
/// service's <c>TargetRegistered</c> and <c>TargetStatusChanged</c> (never read from its database): what a rule's
/// "share of the unit's targets achieved" counts.
/// </summary>
public sealed class UnitTarget : ITenantOwned
{
    public Guid TargetId { get; init; }
    public Guid PlanId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    /// <summary>Null until <c>TargetRegistered</c> arrives (a status change can overtake it on another queue).</summary>
    public string? Text { get; set; }
    public string? OwnerUnit { get; set; }
    /// <summary>The owner unit folded (no diacritics, lower case): how a nominee's unit is matched.</summary>
    public string? OwnerFolded { get; set; }
    /// <summary>OnTrack, AtRisk, Achieved or Missed, as the targets service last said.</summary>
    public string Status { get; set; } = Statuses.OnTrack;
    public DateTimeOffset StatusAt { get; set; }

    public static class Statuses
    {
        public const string OnTrack = "OnTrack";
        public const string Achieved = "Achieved";
    }
}
