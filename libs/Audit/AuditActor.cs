using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Audit;

/// <summary>Who did it: the caller's token claims, "system" outside any request, nobody when anonymous.</summary>
public sealed record AuditActor(string? Id, string? Name, string? Role, string TenantCode, string ProvinceCode)
{
    public const string SystemId = "system";
    public static readonly AuditActor System = new(SystemId, "Hệ thống", null, "", "");
    public static readonly AuditActor Anonymous = new(null, null, null, "", "");

    public static AuditActor Of(HttpContext? http) => http is null ? System : Of(http.User);

    public static AuditActor Of(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true
        ? new(user.FindFirstValue("sub"), user.FindFirstValue("name"), user.FindFirstValue(WardClaims.Role),
            user.FindFirstValue(WardClaims.Tenant) ?? "", user.FindFirstValue(WardClaims.Province) ?? "")
        : Anonymous;
}
