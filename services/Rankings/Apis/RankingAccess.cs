using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Publishing;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Apis;

/// <summary>
/// Who may do what: province staff define, publish and enter values; ward staff read definitions and published
/// rankings of their province, and of the live ranking only their own ward's row and explanation.
/// </summary>
public static class RankingAccess
{
    public static bool IsProvinceStaff(TenantScope scope) => scope is { Kind: ScopeKind.Province, HasOwnTenant: true };

    public static ProblemHttpResult ProvinceOnly() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Chỉ cán bộ tỉnh được thực hiện",
        detail: "Chỉ cán bộ, quản trị viên cấp tỉnh được xây dựng, công bố bảng xếp hạng và nhập số liệu xếp hạng.",
        extensions: new Dictionary<string, object?> { ["code"] = "province_only" });

    /// <summary>Definitions of the caller's province (province records that its wards read too).</summary>
    public static IQueryable<RankingDefinition> Definitions(RankingsDbContext db, TenantScope scope) =>
        db.Definitions.IgnoreQueryFilters().AsNoTracking()
            .Where(d => scope.Kind == ScopeKind.Everything || (scope.Kind != ScopeKind.Nobody && d.ProvinceCode == scope.Province));

    /// <summary><see cref="Definitions"/>'s rule for one record already in memory.</summary>
    public static bool ReadsProvince(TenantScope scope, string provinceCode) =>
        scope.Kind == ScopeKind.Everything || (scope.Kind != ScopeKind.Nobody && provinceCode == scope.Province);

    public static IQueryable<PublishedRanking> Published(RankingsDbContext db, TenantScope scope) =>
        db.Published.IgnoreQueryFilters().AsNoTracking()
            .Where(p => scope.Kind == ScopeKind.Everything || (scope.Kind != ScopeKind.Nobody && p.ProvinceCode == scope.Province));

    /// <summary>Whether the caller may see this ward's provisional (live) detail.</summary>
    public static bool SeesLiveOf(TenantScope scope, string ward) => scope.Kind is ScopeKind.Everything or ScopeKind.Province || scope.Tenant == ward;
}
