using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Apis;

public static class Problems
{
    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền", detail: detail,
        extensions: new Dictionary<string, object?> { ["code"] = "forbidden" });

    public static ProblemHttpResult Conflict(string code, string title, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: title, detail: detail,
        extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>A 403 unless the caller has one of <paramref name="roles"/> and a ward of their own.</summary>
    public static ProblemHttpResult? RequireRole(ClaimsPrincipal user, TenantScope scope, string action, params string[] roles)
    {
        var role = user.FindFirstValue(WardClaims.Role);
        if (scope.Kind != ScopeKind.Ward || role is null || !roles.Contains(role))
            return Forbidden($"Chỉ {string.Join(", ", roles.Select(RoleLabel))} của phường được {action}.");
        return null;
    }

    public static string RoleLabel(string role) => role switch
    {
        WardRoles.WardOfficer => "cán bộ đơn vị",
        WardRoles.WardAppraiser => "Phòng Văn hóa - Xã hội (thẩm định)",
        WardRoles.WardChairman => "Chủ tịch UBND",
        WardRoles.WardAdministrator => "quản trị phường",
        _ => role,
    };
}
