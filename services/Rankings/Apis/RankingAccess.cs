using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Publishing;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Apis;

/// <summary>
/// Who may do what: province staff define, publish and enter values; ward staff read definitions and published
/// rankings of their province, and of the live ranking only their own ward's row and explanation. A ward's
/// neighbourhood rankings are the ward's own: its chairman and administrator define, publish and enter values; its
/// staff read them in full; the province reads them; other wards never see them (404).
/// </summary>
public static class RankingAccess
{
    public static bool IsProvinceStaff(TenantScope scope) => scope is { Kind: ScopeKind.Province, HasOwnTenant: true };

    /// <summary>The ward's chairman or administrator: they manage the ward's neighbourhood rankings.</summary>
    public static bool IsWardManager(TenantScope scope, ClaimsPrincipal user) =>
        scope is { Kind: ScopeKind.Ward, HasOwnTenant: true }
        && user.FindFirstValue(WardClaims.Role) is WardRoles.WardChairman or WardRoles.WardAdministrator;

    /// <summary>Whether the caller may change this definition's series, publish it or enter its adjustments.</summary>
    public static bool Manages(TenantScope scope, ClaimsPrincipal user, RankingDefinition definition) =>
        definition.Level == RankingLevels.Neighbourhoods
            ? IsWardManager(scope, user) && definition.TenantCode == scope.Tenant
            : IsProvinceStaff(scope);

    /// <summary>The refusal for a definition the caller reads but does not manage.</summary>
    public static ProblemHttpResult NotManager(RankingDefinition definition) =>
        definition.Level == RankingLevels.Neighbourhoods ? WardManagersOnly() : ProvinceOnly();

    public static ProblemHttpResult ProvinceOnly() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Chỉ cán bộ tỉnh được thực hiện",
        detail: "Chỉ cán bộ, quản trị viên cấp tỉnh được xây dựng, công bố bảng xếp hạng và nhập số liệu xếp hạng.",
        extensions: new Dictionary<string, object?> { ["code"] = "province_only" });

    public static ProblemHttpResult WardManagersOnly() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Chỉ lãnh đạo, quản trị phường được thực hiện",
        detail: "Chỉ Chủ tịch UBND, quản trị viên của phường, xã được xây dựng, công bố bảng xếp hạng khu phố, ấp và nhập số liệu cho các khu phố, ấp.",
        extensions: new Dictionary<string, object?> { ["code"] = "ward_managers_only" });

    /// <summary>Definitions the caller reads: its province's wards rankings, and the neighbourhood rankings of its own ward (all of them for the province).</summary>
    public static IQueryable<RankingDefinition> Definitions(RankingsDbContext db, TenantScope scope) =>
        db.Definitions.IgnoreQueryFilters().AsNoTracking()
            .Where(d => scope.Kind == ScopeKind.Everything || (scope.Kind != ScopeKind.Nobody && d.ProvinceCode == scope.Province
                && (d.Level == RankingLevels.Wards || scope.Kind != ScopeKind.Ward || d.TenantCode == scope.Tenant)));

    /// <summary><see cref="Definitions"/>'s rule for one record already in memory.</summary>
    public static bool Reads(TenantScope scope, RankingDefinition d) =>
        scope.Kind == ScopeKind.Everything || (scope.Kind != ScopeKind.Nobody && d.ProvinceCode == scope.Province
            && (d.Level == RankingLevels.Wards || scope.Kind != ScopeKind.Ward || d.TenantCode == scope.Tenant));

    /// <summary>Published rankings: the province's read by all its wards; a ward's (its neighbourhoods') by that ward and the province.</summary>
    public static IQueryable<PublishedRanking> Published(RankingsDbContext db, TenantScope scope) =>
        db.Published.IgnoreQueryFilters().AsNoTracking()
            .Where(p => scope.Kind == ScopeKind.Everything || (scope.Kind != ScopeKind.Nobody && p.ProvinceCode == scope.Province
                && (p.TenantCode == p.ProvinceCode || scope.Kind != ScopeKind.Ward || p.TenantCode == scope.Tenant)));

    /// <summary>
    /// Whether the caller may see this unit's provisional (live) detail: a ward its own row of a wards ranking; every row
    /// of its own neighbourhood ranking (the definition is already one the caller reads).
    /// </summary>
    public static bool SeesLiveOf(TenantScope scope, RankingDefinition definition, string unit) =>
        definition.Level == RankingLevels.Neighbourhoods || scope.Kind is ScopeKind.Everything or ScopeKind.Province || scope.Tenant == unit;
}
