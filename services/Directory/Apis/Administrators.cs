using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Apis;

/// <summary>Where a new directory record goes: a ward, or a province itself.</summary>
public sealed record TenantTarget(string TenantCode, string ProvinceCode, bool IsWard);

/// <summary>
/// Who manages people and organisation: ward administrators in their ward, province administrators in the
/// province tenant, platform administrators anywhere (they alone name the tenant, in the request body).
/// Everyone else reads their scope and gets a 403 on writes. Writes across tenants are also stopped by the
/// save guard; this gives the earlier, clearer answer.
/// </summary>
public static class Administrators
{
    private static readonly HashSet<string> AdministratorRoles =
        [WardRoles.WardAdministrator, WardRoles.ProvinceAdministrator, WardRoles.PlatformAdministrator];

    public static string RoleOf(ClaimsPrincipal user) => user.FindFirstValue(WardClaims.Role) ?? "";

    public static bool IsPlatformAdministrator(ClaimsPrincipal user) => RoleOf(user) == WardRoles.PlatformAdministrator;

    /// <summary>Null when the caller administers; otherwise the 403 problem to return.</summary>
    public static ProblemHttpResult? Refuse(ClaimsPrincipal user) => AdministratorRoles.Contains(RoleOf(user)) ? null : NotAdministrator();

    /// <summary>The tenant a new record of this caller belongs to, or the problem to answer.</summary>
    public static async Task<(TenantTarget? Target, IResult? Problem)> TargetAsync(
        ClaimsPrincipal user, DirectoryDbContext db, string? requestedTenant, CancellationToken ct)
    {
        if (Refuse(user) is { } refused) return (null, refused);
        if (!IsPlatformAdministrator(user))
        {
            if (!db.Scope.HasOwnTenant) return (null, TenantProblems.NoOwnTenant());
            return (new TenantTarget(db.Scope.Tenant, db.Scope.Province, db.Scope.Kind == ScopeKind.Ward), null);
        }

        var code = VietnameseText.Clean(requestedTenant);
        if (string.IsNullOrEmpty(code))
            return (null, new FieldErrors().Add("tenantCode", "required",
                "Quản trị nền tảng phải ghi rõ mã phường, xã hoặc tỉnh (tenantCode) nhận dữ liệu.").ToProblem());
        if (await db.Wards.AsNoTracking().FirstOrDefaultAsync(w => w.Code == code, ct) is { } ward)
            return (new TenantTarget(ward.Code, ward.ProvinceCode, true), null);
        if (await db.Provinces.AsNoTracking().AnyAsync(p => p.Code == code, ct))
            return (new TenantTarget(code, code, false), null);
        return (null, new FieldErrors().Add("tenantCode", "unknown_tenant", $"Không có phường, xã hay tỉnh nào mang mã {code}.").ToProblem());
    }

    public static ProblemHttpResult NotAdministrator() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Không có quyền quản trị",
        detail: "Chỉ quản trị viên của phường, xã, tỉnh hoặc nền tảng được thêm, sửa, xóa người dùng và tổ chức.",
        extensions: new Dictionary<string, object?> { ["code"] = "not_administrator" });

    public static ProblemHttpResult WardOnly(string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Chỉ dành cho phường, xã",
        detail: $"{what} thuộc về một phường, xã; quản trị cấp tỉnh không tạo được.",
        extensions: new Dictionary<string, object?> { ["code"] = "ward_only" });
}
