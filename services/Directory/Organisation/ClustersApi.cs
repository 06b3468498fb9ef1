using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Data;
using WardPlatform.Http;

namespace WardPlatform.Directory.Organisation;

public sealed record ClusterMemberDto(string? WardCode, Guid? UnitId, string Name);

public sealed record ClusterDto(Guid Id, string TenantCode, string Name, ClusterMemberKind MemberKind, string MemberKindLabel, List<ClusterMemberDto> Members);

/// <summary>
/// A cluster as sent: a province's cluster lists <paramref name="WardCodes"/>, a ward's lists <paramref name="UnitIds"/>.
/// <paramref name="TenantCode"/> is read only from a platform administrator.
/// </summary>
public sealed record ClusterRequest(string? Name, List<string>? WardCodes, List<Guid>? UnitIds, string? TenantCode = null);

public static class ClustersApi
{
    public const int MaxMembers = 500;

    public static IEndpointRouteBuilder MapClusters(this IEndpointRouteBuilder app)
    {
        var clusters = app.MapGroup("/clusters").WithTags("Cụm, khối thi đua");
        clusters.MapGet("/", ListClusters);
        clusters.MapGet("/{id:guid}", GetCluster);
        clusters.MapPost("/", CreateCluster);
        clusters.MapPut("/{id:guid}", UpdateCluster);
        clusters.MapDelete("/{id:guid}", DeleteCluster);
        return app;
    }

    private static async Task<Ok<List<ClusterDto>>> ListClusters(DirectoryDbContext db, CancellationToken ct)
    {
        var clusters = await db.Clusters.AsNoTracking().Include(c => c.Members).OrderBy(c => c.TenantCode).ThenBy(c => c.Name).ToListAsync(ct);
        var names = await MemberNamesAsync(db, clusters, ct);
        return TypedResults.Ok(clusters.Select(c => ToDto(c, names)).ToList());
    }

    private static async Task<Results<Ok<ClusterDto>, NotFound>> GetCluster(Guid id, DirectoryDbContext db, CancellationToken ct)
    {
        if (await db.Clusters.AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cluster)
            return TypedResults.NotFound();
        return TypedResults.Ok(ToDto(cluster, await MemberNamesAsync(db, [cluster], ct)));
    }

    private static async Task<IResult> CreateCluster(ClusterRequest request, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        var (target, problem) = await Administrators.TargetAsync(user, db, request.TenantCode, ct);
        if (problem is not null) return problem;
        var errors = new FieldErrors();
        var name = errors.Name("name", request.Name, 200, "Tên cụm, khối thi đua");
        var cluster = new Cluster
        {
            TenantCode = target!.TenantCode, ProvinceCode = target.ProvinceCode, Name = name ?? "",
            MemberKind = target.IsWard ? ClusterMemberKind.Units : ClusterMemberKind.Wards,
        };
        if (target.IsWard) await AddUnitsAsync(cluster, request.UnitIds, db, errors, ct);
        else await AddWardsAsync(cluster, request.WardCodes, db, errors, ct);
        if (errors.Any) return errors.ToProblem();

        db.Clusters.Add(cluster);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/clusters/{cluster.Id}", ToDto(cluster, await MemberNamesAsync(db, [cluster], ct)));
    }

    /// <summary>A cluster renamed and its members replaced (administrators of its tenant).</summary>
    private static async Task<IResult> UpdateCluster(Guid id, ClusterRequest request, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        if (await db.Clusters.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cluster) return TypedResults.NotFound();
        if (Administrators.Refuse(user) is { } refused) return refused;
        var errors = new FieldErrors();
        var name = errors.Name("name", request.Name, 200, "Tên cụm, khối thi đua");
        db.ClusterMembers.RemoveRange(cluster.Members);
        cluster.Members.Clear();
        if (cluster.MemberKind == ClusterMemberKind.Units) await AddUnitsAsync(cluster, request.UnitIds, db, errors, ct);
        else await AddWardsAsync(cluster, request.WardCodes, db, errors, ct);
        if (errors.Any) return errors.ToProblem();

        cluster.Name = name!;
        db.ClusterMembers.AddRange(cluster.Members);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(cluster, await MemberNamesAsync(db, [cluster], ct)));
    }

    private static async Task<IResult> DeleteCluster(Guid id, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        if (await db.Clusters.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cluster) return TypedResults.NotFound();
        if (Administrators.Refuse(user) is { } refused) return refused;
        db.ClusterMembers.RemoveRange(cluster.Members);
        db.Clusters.Remove(cluster);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task AddWardsAsync(Cluster cluster, List<string>? codes, DirectoryDbContext db, FieldErrors errors, CancellationToken ct)
    {
        var wanted = (codes ?? []).Select(c => c?.Trim() ?? "").Distinct().ToList();
        if (wanted.Count == 0) { errors.Add("wardCodes", "required", "Cụm thi đua của tỉnh phải có ít nhất một phường, xã."); return; }
        if (wanted.Count > MaxMembers) { errors.Add("wardCodes", "too_many", $"Một cụm có tối đa {MaxMembers} thành viên."); return; }
        var known = await db.Wards.Where(w => w.ProvinceCode == cluster.ProvinceCode && wanted.Contains(w.Code)).Select(w => w.Code).ToListAsync(ct);
        var unknown = wanted.Except(known).ToList();
        if (unknown.Count > 0)
            errors.Add("wardCodes", "unknown_ward", $"Không có phường, xã mã {string.Join(", ", unknown.Take(5))} trong tỉnh {cluster.ProvinceCode}.");
        foreach (var code in known) cluster.Add(wardCode: code);
    }

    private static async Task AddUnitsAsync(Cluster cluster, List<Guid>? ids, DirectoryDbContext db, FieldErrors errors, CancellationToken ct)
    {
        var wanted = (ids ?? []).Distinct().ToList();
        if (wanted.Count == 0) { errors.Add("unitIds", "required", "Khối thi đua của phường, xã phải có ít nhất một đơn vị."); return; }
        if (wanted.Count > MaxMembers) { errors.Add("unitIds", "too_many", $"Một khối có tối đa {MaxMembers} thành viên."); return; }
        var known = await db.Units.Where(u => u.TenantCode == cluster.TenantCode && wanted.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        if (wanted.Except(known).Any())
            errors.Add("unitIds", "unknown_unit", "Có đơn vị không thuộc phường, xã này.");
        foreach (var id in known) cluster.Add(unitId: id);
    }

    private sealed record MemberNames(Dictionary<string, string> Wards, Dictionary<Guid, string> Units);

    private static async Task<MemberNames> MemberNamesAsync(DirectoryDbContext db, List<Cluster> clusters, CancellationToken ct)
    {
        var wardCodes = clusters.SelectMany(c => c.Members).Where(m => m.WardCode is not null).Select(m => m.WardCode!).Distinct().ToList();
        var unitIds = clusters.SelectMany(c => c.Members).Where(m => m.UnitId is not null).Select(m => m.UnitId!.Value).Distinct().ToList();
        // A province cluster names wards the caller may not read one by one: the names are public, so no filter here.
        var wards = await db.Wards.IgnoreQueryFilters().Where(w => wardCodes.Contains(w.Code)).ToDictionaryAsync(w => w.Code, w => w.Name, ct);
        var units = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new MemberNames(wards, units);
    }

    private static ClusterDto ToDto(Cluster cluster, MemberNames names) => new(
        cluster.Id, cluster.TenantCode, cluster.Name, cluster.MemberKind, OrganisationLabels.Of(cluster.MemberKind),
        cluster.Members
            .Select(m => new ClusterMemberDto(m.WardCode, m.UnitId,
                m.WardCode is { } code ? names.Wards.GetValueOrDefault(code, code) : names.Units.GetValueOrDefault(m.UnitId!.Value, "")))
            .OrderBy(m => m.Name).ToList());
}
