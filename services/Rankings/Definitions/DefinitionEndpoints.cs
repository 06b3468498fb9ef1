using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Rankings.Apis;
using WardPlatform.Rankings.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Definitions;

public static class DefinitionEndpoints
{
    public static async Task<Results<Created<RankingDefinition>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        DefinitionRequest request, RankingsDbContext db, TenantScope scope, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (request.RanksNeighbourhoods)
        {
            // A ward's own record: its chairman or administrator defines it; the province reads it.
            if (!RankingAccess.IsWardManager(scope, user)) return RankingAccess.WardManagersOnly();
            if (!string.IsNullOrWhiteSpace(request.Ward) && request.Ward.Trim() != scope.Tenant)
                return new FieldErrors().Add("ward", "not_own_ward", "Chỉ xếp hạng được các khu phố, ấp của phường, xã mình.").ToProblem();
        }
        else if (!RankingAccess.IsProvinceStaff(scope)) return RankingAccess.ProvinceOnly();
        var (method, errors) = await request.ValidateAsync(db, scope.Province, ct);
        if (method is null) return errors.ToProblem();
        var definition = New(request, method, Guid.NewGuid(), 1, scope, user, clock);
        db.Definitions.Add(definition);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/definitions/{definition.Id}", definition);
    }

    /// <summary>A changed definition is a new version of its series; earlier versions and what was published under them stay.</summary>
    public static async Task<Results<Created<RankingDefinition>, ValidationProblem, ProblemHttpResult, NotFound>> NewVersionAsync(
        Guid seriesId, DefinitionRequest request, RankingsDbContext db, TenantScope scope, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var latest = await RankingAccess.Definitions(db, scope).Where(d => d.SeriesId == seriesId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
        if (latest is null) return TypedResults.NotFound();
        if (!RankingAccess.Manages(scope, user, latest)) return RankingAccess.NotManager(latest);
        // A series keeps what it ranks: the next version ranks the same wards' or the same ward's neighbourhoods.
        request = request with { Level = latest.Level, Ward = null };
        var (method, errors) = await request.ValidateAsync(db, scope.Province, ct);
        if (method is null) return errors.ToProblem();
        var definition = New(request, method, seriesId, latest.Version + 1, scope, user, clock);
        db.Definitions.Add(definition);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return FieldErrors.Conflict("Phiên bản đã có", "Một phiên bản mới vừa được lưu cùng lúc; hãy tải lại và thử lại.", "version_conflict");
        }
        return TypedResults.Created($"/definitions/{definition.Id}", definition);
    }

    /// <summary>The latest version of each series of the caller's province, newest period first.</summary>
    public static async Task<Ok<List<RankingDefinition>>> ListAsync(RankingsDbContext db, TenantScope scope, CancellationToken ct)
    {
        var all = await RankingAccess.Definitions(db, scope).ToListAsync(ct);
        return TypedResults.Ok(all.GroupBy(d => d.SeriesId).Select(g => g.MaxBy(d => d.Version)!)
            .OrderByDescending(d => d.PeriodEnd).ThenBy(d => d.Cluster).ThenBy(d => d.Name).ToList());
    }

    public static async Task<Results<Ok<RankingDefinition>, NotFound>> GetAsync(Guid id, RankingsDbContext db, TenantScope scope, CancellationToken ct) =>
        await RankingAccess.Definitions(db, scope).FirstOrDefaultAsync(d => d.Id == id, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound();

    private static RankingDefinition New(DefinitionRequest request, MethodSpec method, Guid seriesId, int version, TenantScope scope,
        ClaimsPrincipal user, TimeProvider clock) => new()
    {
        Id = Guid.NewGuid(), SeriesId = seriesId, Version = version, TenantCode = scope.Tenant, ProvinceCode = scope.Province,
        Name = VietnameseText.Clean(request.Name)!, PeriodStart = request.PeriodStart!.Value, PeriodEnd = request.PeriodEnd!.Value,
        Cluster = string.IsNullOrWhiteSpace(request.Cluster) ? null : VietnameseText.Clean(request.Cluster),
        Level = request.LevelOrDefault,
        Wards = (request.Wards ?? []).Select(w => request.RanksNeighbourhoods ? Guid.Parse(w).ToString() : w.Trim())
            .Distinct().Order(StringComparer.Ordinal).ToList(),
        Method = method, CreatedBy = user.FindFirstValue("name") ?? user.FindFirstValue("sub") ?? "",
        CreatedAt = clock.GetUtcNow(),
    };
}
