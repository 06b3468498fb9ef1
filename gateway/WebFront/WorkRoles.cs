using System.Security.Claims;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.WebFront;

/// <summary>What the web front shows by role: the plans service decides rights, this only picks what to list and link.</summary>
public static class WorkRoles
{
    public static string RoleOf(ClaimsPrincipal user) => user.FindFirstValue(WardClaims.Role) ?? "";

    public static bool IsAdministrator(ClaimsPrincipal user) =>
        RoleOf(user) is WardRoles.WardAdministrator or WardRoles.ProvinceAdministrator or WardRoles.PlatformAdministrator;

    /// <summary>The chairman of a ward, the leadership of a province: they issue plans and receive drafts to sign.</summary>
    public static bool IsSigner(ClaimsPrincipal user) => RoleOf(user) is WardRoles.WardChairman or WardRoles.ProvinceLeader;

    /// <summary>Province staff and the platform's administrators: they read every ward, so lists show and filter by ward.</summary>
    public static bool ReadsProvince(ClaimsPrincipal user) =>
        WardRoles.ProvinceLevel.Contains(RoleOf(user)) || RoleOf(user) == WardRoles.PlatformAdministrator;

    /// <summary>
    /// Province officials, leaders and administrators: the rankings service lets any of them build, publish and enter
    /// figures for the province's rankings (its RankingAccess.IsProvinceStaff), so the pages show them the same controls.
    /// </summary>
    public static bool IsProvinceStaff(ClaimsPrincipal user) => WardRoles.ProvinceLevel.Contains(RoleOf(user));

    /// <summary>Those who prepare drafts and report progress.</summary>
    public static bool IsPreparer(ClaimsPrincipal user) =>
        RoleOf(user) is WardRoles.WardOfficer or WardRoles.WardAppraiser or WardRoles.ProvinceOfficial;
}
