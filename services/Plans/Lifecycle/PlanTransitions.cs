using System.Security.Claims;
using WardPlatform.Plans.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Lifecycle;

/// <summary>
/// The lifecycle: Draft → Issued → InProgress → MidTermReviewed → FinalReview → Closed, one step at a time.
/// Issuing and closing are the signer's acts: the chairman or the ward's administrator (province staff for a
/// province plan); the steps between are any staff of the plan's own tenant.
/// </summary>
public static class PlanTransitions
{
    private static readonly IReadOnlySet<string> WardSigners = new HashSet<string> { WardRoles.WardChairman, WardRoles.WardAdministrator };

    public static bool CanMove(PlanStatus from, PlanStatus to) => to == from + 1 && to <= PlanStatus.Closed;

    public static bool NeedsSigner(PlanStatus to) => to is PlanStatus.Issued or PlanStatus.Closed;

    public static bool MaySign(ClaimsPrincipal user, Plan plan)
    {
        var role = user.FindFirstValue(WardClaims.Role) ?? "";
        return plan.IsProvincePlan ? WardRoles.ProvinceLevel.Contains(role) : WardSigners.Contains(role);
    }

    /// <summary>The endpoint's verb for each target status, in Vietnamese for messages.</summary>
    public static string Verb(PlanStatus to) => to switch
    {
        PlanStatus.Issued => "ban hành",
        PlanStatus.InProgress => "bắt đầu thực hiện",
        PlanStatus.MidTermReviewed => "sơ kết",
        PlanStatus.FinalReview => "tổng kết",
        PlanStatus.Closed => "kết thúc",
        _ => to.ToString(),
    };
}
