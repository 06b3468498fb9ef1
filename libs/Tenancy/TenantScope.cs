using System.Security.Claims;

namespace WardPlatform.Tenancy;

public enum ScopeKind { Nobody, Ward, Province, Everything }

/// <summary>
/// What the current caller may see and change. Ward staff: their ward. Province staff: read every ward of
/// their province, write only province-level records. Platform administrators and the service's own
/// background work (event consumers, the outbox): everything. Anyone unauthenticated: nothing.
/// </summary>
public sealed record TenantScope(ScopeKind Kind, string Tenant, string Province)
{
    public static readonly TenantScope Nobody = new(ScopeKind.Nobody, "", "");
    /// <summary>The service itself, outside any request (consumers, sweepers, migrations).</summary>
    public static readonly TenantScope System = new(ScopeKind.Everything, "", "");

    public static TenantScope From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return Nobody;
        var role = user.FindFirstValue(WardClaims.Role) ?? "";
        var tenant = user.FindFirstValue(WardClaims.Tenant) ?? "";
        var province = user.FindFirstValue(WardClaims.Province) ?? "";
        if (role == WardRoles.PlatformAdministrator) return new(ScopeKind.Everything, tenant, province);
        if (tenant.Length == 0 || province.Length == 0) return Nobody;
        if (WardRoles.ProvinceLevel.Contains(role)) return new(ScopeKind.Province, province, province);
        if (WardRoles.WardLevel.Contains(role)) return new(ScopeKind.Ward, tenant, province);
        return Nobody;
    }

    /// <summary>Ward or province staff: records they create belong to <see cref="Tenant"/>.</summary>
    public bool HasOwnTenant => Kind is ScopeKind.Ward or ScopeKind.Province && Tenant.Length > 0;

    // Read as query-filter parameters: see TenantModel.
    public bool SeesEverything => Kind == ScopeKind.Everything;
    public bool SeesProvince => Kind == ScopeKind.Province;

    public bool CanRead(ITenantOwned record) => Kind switch
    {
        ScopeKind.Everything => true,
        ScopeKind.Province => record.ProvinceCode == Province,
        ScopeKind.Ward => record.TenantCode == Tenant,
        _ => false,
    };

    /// <summary>Province staff write only records of the province itself, never a ward's.</summary>
    public bool CanWrite(ITenantOwned record) => Kind switch
    {
        ScopeKind.Everything => true,
        ScopeKind.Province or ScopeKind.Ward => record.TenantCode == Tenant && record.ProvinceCode == Province,
        _ => false,
    };
}
