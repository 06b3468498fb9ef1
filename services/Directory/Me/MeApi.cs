using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.Organisation;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Me;

/// <summary>
/// The caller as the gateway's home page shows them. <see cref="Known"/> is false when the token's subject is
/// no person of this directory (a machine client, or a token from a province's own identity provider): the
/// rest then comes from the token's claims alone.
/// </summary>
public sealed record MeDto(
    bool Known, string Subject, Guid? Id, string? UserName, string DisplayName, string Role, string RoleLabel,
    string TenantCode, string? TenantName, string ProvinceCode, string? ProvinceName,
    Guid? UnitId, string? UnitName, string? Email, string? Phone);

public static class MeApi
{
    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        app.MapGet("/me", GetMe).WithTags("Người dùng");
        app.MapPut("/me/password", ChangePassword.HandleAsync).WithTags("Người dùng").WithSummary("Đổi mật khẩu của chính mình");
        return app;
    }

    private static async Task<Ok<MeDto>> GetMe(ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        var subject = user.FindFirstValue("sub") ?? "";
        var person = Guid.TryParse(subject, out var id)
            ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
        var role = person?.Role ?? user.FindFirstValue(WardClaims.Role) ?? "";
        var tenant = person?.TenantCode ?? user.FindFirstValue(WardClaims.Tenant) ?? "";
        var province = person?.ProvinceCode ?? user.FindFirstValue(WardClaims.Province) ?? "";

        // The caller's own ward and province are named even where the scope would not list them (ward staff and their province).
        var provinceName = await db.Provinces.IgnoreQueryFilters().Where(p => p.Code == province).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var tenantName = tenant == province
            ? provinceName
            : await db.Wards.IgnoreQueryFilters().Where(w => w.Code == tenant).Select(w => w.Name).FirstOrDefaultAsync(ct);
        var unitName = person?.UnitId is { } unitId
            ? await db.Units.IgnoreQueryFilters().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct)
            : null;

        return TypedResults.Ok(new MeDto(
            person is not null, subject, person?.Id, person?.UserName,
            person?.DisplayName ?? user.FindFirstValue("name") ?? "", role, OrganisationLabels.Role(role),
            tenant, tenantName, province, provinceName, person?.UnitId, unitName, person?.Email, person?.Phone));
    }
}
