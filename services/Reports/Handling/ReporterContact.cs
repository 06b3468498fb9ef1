using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Reports.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Handling;

/// <summary>
/// The reporter's name and phone, for the ward's receiving office only (roles in Reports:OfficeRoles, default the ward's
/// administrator): the one answer that carries them. Province officials, other roles and other wards get 404/403.
/// </summary>
public static class ReporterContact
{
    public static IReadOnlySet<string> OfficeRoles(IConfiguration configuration) =>
        (configuration["Reports:OfficeRoles"] ?? WardRoles.WardAdministrator).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    public static bool IsOffice(ClaimsPrincipal user, IConfiguration configuration) =>
        OfficeRoles(configuration).Contains(user.FindFirstValue(WardClaims.Role) ?? "");

    public static async Task<Results<Ok<ContactDto>, NotFound, ProblemHttpResult>> HandleAsync(Guid id, ClaimsPrincipal user,
        ReportsDbContext db, IConfiguration configuration, CancellationToken ct)
    {
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || db.Scope.Kind != ScopeKind.Ward) return TypedResults.NotFound();
        if (!IsOffice(user, configuration))
            return TypedResults.Problem(statusCode: 403, title: "Không có quyền",
                detail: "Chỉ bộ phận tiếp nhận của phường được xem thông tin người phản ánh.",
                extensions: new Dictionary<string, object?> { ["code"] = "office_only" });
        return TypedResults.Ok(new ContactDto(report.Id, report.ReporterPhone is null, report.ReporterName, report.ReporterPhone));
    }
}
