using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.People;

/// <summary>Which roles may be given where, and the checks a person's fields share between create and update.</summary>
public static class PersonRules
{
    /// <summary>
    /// A role must fit its tenant: ward roles in a ward, province roles in a province. Platform administrators
    /// are made by seeding only. An unknown role is a 400, a known role the caller may not give is a 403.
    /// </summary>
    public static ProblemHttpResult? RefuseRole(FieldErrors errors, string? role, bool wardTenant)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            errors.Add("role", "required", "Vai trò không được để trống.");
            return null;
        }
        if (!WardRoles.WardLevel.Contains(role) && !WardRoles.ProvinceLevel.Contains(role) && role != WardRoles.PlatformAdministrator)
        {
            errors.Add("role", "invalid_role", $"Vai trò \"{Shorten(role)}\" không tồn tại.");
            return null;
        }
        var fits = wardTenant ? WardRoles.WardLevel.Contains(role) : WardRoles.ProvinceLevel.Contains(role);
        return fits ? null : TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Không được giao vai trò này",
            detail: wardTenant
                ? "Người dùng của phường, xã chỉ nhận vai trò cấp phường, xã."
                : "Người dùng của tỉnh chỉ nhận vai trò cấp tỉnh.",
            extensions: new Dictionary<string, object?> { ["code"] = "role_not_allowed" });
    }

    /// <summary>A unit, when given, must be one of the person's tenant.</summary>
    public static async Task CheckUnitAsync(FieldErrors errors, Guid? unitId, string tenantCode, DirectoryDbContext db, CancellationToken ct)
    {
        if (unitId is { } id && !await db.Units.AnyAsync(u => u.Id == id && u.TenantCode == tenantCode, ct))
            errors.Add("unitId", "unknown_unit", "Đơn vị không tồn tại hoặc không thuộc phường, xã, tỉnh của người dùng.");
    }

    /// <summary>Whether the person's tenant is a ward (rather than a province).</summary>
    public static bool IsWardTenant(Person person) => person.TenantCode != person.ProvinceCode;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
