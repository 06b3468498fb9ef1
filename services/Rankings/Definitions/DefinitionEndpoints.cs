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
        if (!RankingAccess.IsProvinceStaff(scope)) return RankingAccess.ProvinceOnly();
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
        if (!RankingAccess.IsProvinceStaff(scope)) return RankingAccess.ProvinceOnly();
        var latest = await RankingAccess.Definitions(db, scope).Where(d => d.SeriesId == seriesId).MaxAsync(d => (int?)d.Version, ct);
        if (latest is null) return TypedResults.NotFound();
        var (method, errors) = await request.ValidateAsync(db, scope.Province, ct);
        if (method is null) return errors.ToProblem();
        var definition = New(request, method, seriesId, latest.Value + 1, scope, user, clock);
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
        Wards = (request.Wards ?? []).Select(w => w.Trim()).Distinct().Order(StringComparer.Ordinal).ToList(),
        Method = method, CreatedBy = user.FindFirstValue("name") ?? user.FindFirstValue("sub") ?? "",
        CreatedAt = clock.GetUtcNow(),
    };
}
