using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Audit;

public static class AuditApi
{
    /// <summary>Who may read the audit log; the tenant query filter then limits it to what each of them sees.</summary>
    public static readonly string[] ReaderRoles =
        [WardRoles.WardAdministrator, WardRoles.ProvinceOfficial, WardRoles.ProvinceAdministrator, WardRoles.PlatformAdministrator];

    /// <summary>The audit log is read-only: no verb here changes it, and no other endpoint writes it.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/audit").WithTags("Nhật ký kiểm tra")
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(ReaderRoles));
        audit.MapGet("/", ListAuditEntries.HandleAsync);
        return app;
    }
}
