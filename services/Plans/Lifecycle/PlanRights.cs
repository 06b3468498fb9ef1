using System.Security.Claims;
using WardPlatform.Plans.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Lifecycle;

/// <summary>
/// Who may do what to a plan, after DOMAIN.md. Ward: officers and the culture-social office (appraiser) prepare a
/// draft and send it to the chairman ("Trình ký"); the chairman issues it or returns it with a reason, and closes
/// the plan; the steps between (start, sơ kết, tổng kết) are the officers', the appraiser's and the chairman's.
/// Province: the same with province officials as preparers and the province's leadership as signer. Administrators
/// manage accounts, not plans. Always within the plan's own tenant (<see cref="TenantScope.CanWrite"/>).
/// <see cref="Allowed"/> is sent with the plan so the web front shows exactly the buttons the API accepts.
/// </summary>
public static class PlanRights
{
    public const string Edit = "edit";
    public const string Withdraw = "withdraw";
    public const string Submit = "submit";
    public const string Return = "return";
    public const string Issue = "issue";
    public const string Start = "start";
    public const string MidTermReview = "midterm-review";
    public const string FinalReview = "final-review";
    public const string Close = "close";

    private static readonly IReadOnlySet<string> WardPreparers = new HashSet<string> { WardRoles.WardOfficer, WardRoles.WardAppraiser };
    private static readonly IReadOnlySet<string> ProvincePreparers = new HashSet<string> { WardRoles.ProvinceOfficial };

    public static string RoleOf(ClaimsPrincipal user) => user.FindFirstValue(WardClaims.Role) ?? "";

    public static bool IsSigner(string role, Plan plan) =>
        role == (plan.IsProvincePlan ? WardRoles.ProvinceLeader : WardRoles.WardChairman);

    public static bool IsPreparer(string role, Plan plan) =>
        (plan.IsProvincePlan ? ProvincePreparers : WardPreparers).Contains(role);

    /// <summary>Whether the role may take <paramref name="action"/> on a plan of its own tenant at all (the status aside).</summary>
    public static bool RoleMay(string role, Plan plan, string action) => action switch
    {
        Edit or Withdraw => IsPreparer(role, plan) || IsSigner(role, plan),
        Submit => IsPreparer(role, plan),
        Return or Issue or Close => IsSigner(role, plan),
        Start or MidTermReview or FinalReview => IsPreparer(role, plan) || IsSigner(role, plan),
        _ => false,
    };

    /// <summary>What the caller may do to the plan now: its role, its scope and the plan's status and hand-over together.</summary>
    public static IReadOnlyList<string> Allowed(ClaimsPrincipal user, TenantScope scope, Plan plan)
    {
        if (!scope.CanWrite(plan)) return [];
        var role = RoleOf(user);
        var possible = plan.Status switch
        {
            PlanStatus.Draft => plan.AwaitingSignature ? [Edit, Withdraw, Return, Issue] : new[] { Edit, Withdraw, Submit, Issue },
            PlanStatus.Closed => [],
            var status => [PlanTransitions.Action(status + 1)],
        };
        return possible.Where(a => RoleMay(role, plan, a)).ToList();
    }
}
