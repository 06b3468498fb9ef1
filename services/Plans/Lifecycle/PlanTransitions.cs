using System.Security.Claims;
using WardPlatform.Plans.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Lifecycle;

/// <summary>
/// The lifecycle: Draft → Issued → InProgress → MidTermReviewed → FinalReview → Closed, one step at a time.
/// Who may do what is <see cref="PlanRights"/>'s: the API refuses and the page hides by the same rule.
/// </summary>
public static class PlanTransitions
{
    public static bool CanMove(PlanStatus from, PlanStatus to) => to == from + 1 && to <= PlanStatus.Closed;

    public static bool NeedsSigner(PlanStatus to) => to is PlanStatus.Issued or PlanStatus.Closed;

    public static bool MaySign(ClaimsPrincipal user, Plan plan) => PlanRights.IsSigner(PlanRights.RoleOf(user), plan);

    /// <summary>The endpoint's name of a move to <paramref name="to"/> ("issue", "start", …).</summary>
    public static string Action(PlanStatus to) => to switch
    {
        PlanStatus.Issued => PlanRights.Issue,
        PlanStatus.InProgress => PlanRights.Start,
        PlanStatus.MidTermReviewed => PlanRights.MidTermReview,
        PlanStatus.FinalReview => PlanRights.FinalReview,
        PlanStatus.Closed => PlanRights.Close,
        _ => to.ToString(),
    };

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
