using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Organisation;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Integrations;

/// <summary>Who manages machine clients, the roles a client may act in, and how its id and secret are made.</summary>
public static class MachineClientRules
{
    /// <summary>A ward's integrations act as ward staff below the administrator; a province's as a province official.</summary>
    public static readonly IReadOnlyList<string> WardClientRoles = [WardRoles.WardOfficer, WardRoles.WardAppraiser, WardRoles.WardChairman];
    public static readonly IReadOnlyList<string> ProvinceClientRoles = [WardRoles.ProvinceOfficial];

    private static readonly HashSet<string> Managers =
        [WardRoles.WardAdministrator, WardRoles.ProvinceAdministrator, WardRoles.PlatformAdministrator];
    private const string Lowercase = "abcdefghijkmnpqrstuvwxyz23456789";
    private const string SecretAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int SecretLength = 40;
    private const int MaxSlugLength = 32;

    /// <summary>Null when the caller administers a ward, a province or the platform; otherwise the 403 to answer.</summary>
    public static ProblemHttpResult? RefuseManager(ClaimsPrincipal user) =>
        Managers.Contains(Administrators.RoleOf(user)) ? null : TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Không có quyền quản trị",
            detail: "Chỉ quản trị viên của phường, xã, tỉnh hoặc nền tảng được xem, đăng ký và thu hồi ứng dụng tích hợp.",
            extensions: new Dictionary<string, object?> { ["code"] = "not_administrator" });

    /// <summary>Registration needs a tenant of the caller's own: a ward's or a province's administrator.</summary>
    public static ProblemHttpResult? RefuseRegistrar(ClaimsPrincipal user, TenantScope scope)
    {
        if (RefuseManager(user) is { } refused) return refused;
        return scope.HasOwnTenant ? null : TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Không thuộc đơn vị nào",
            detail: "Ứng dụng tích hợp thuộc về một phường, xã hoặc tỉnh: quản trị viên của nơi đó đăng ký.",
            extensions: new Dictionary<string, object?> { ["code"] = "no_own_tenant" });
    }

    public static IReadOnlyList<string> RolesFor(TenantScope scope) => scope.Kind == ScopeKind.Ward ? WardClientRoles : ProvinceClientRoles;

    /// <summary>A role the client may act in for this tenant: unknown and administrator roles are both refused as 400.</summary>
    public static string? Role(this FieldErrors errors, string field, string? value, TenantScope scope)
    {
        var role = VietnameseText.Clean(value);
        var allowed = RolesFor(scope);
        if (string.IsNullOrEmpty(role))
            errors.Add(field, "required", "Vai trò không được để trống.");
        else if (!WardRoles.WardLevel.Contains(role) && !WardRoles.ProvinceLevel.Contains(role) && role != WardRoles.PlatformAdministrator)
            errors.Add(field, "invalid_role", $"Vai trò \"{(role.Length <= 40 ? role : role[..40] + "…")}\" không tồn tại.");
        else if (!allowed.Contains(role))
            errors.Add(field, "role_not_allowed",
                $"Ứng dụng tích hợp chỉ nhận một trong các vai trò: {string.Join(", ", allowed.Select(OrganisationLabels.Role))} (không bao giờ là vai trò quản trị).");
        return role;
    }

    /// <summary>"{tenant}-{name without diacritics}-{random}", e.g. "26068-dong-bo-so-lieu-k3m9x2".</summary>
    public static string NewClientId(string tenantCode, string displayName)
    {
        var slug = new StringBuilder();
        foreach (var c in VietnameseText.Fold(displayName))
            slug.Append(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-');
        var words = slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var name = string.Join('-', words);
        if (name.Length > MaxSlugLength) name = name[..MaxSlugLength].TrimEnd('-');
        var random = RandomNumberGenerator.GetString(Lowercase, 6);
        return name.Length == 0 ? $"{tenantCode}-{random}" : $"{tenantCode}-{name}-{random}";
    }

    /// <summary>About 230 bits of randomness, letters and digits only (safe in a form post or a shell).</summary>
    public static string NewSecret() => RandomNumberGenerator.GetString(SecretAlphabet, SecretLength);
}
