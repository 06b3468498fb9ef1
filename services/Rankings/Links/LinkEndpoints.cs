using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Facts;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Links;

public sealed record LinkRequest(Guid? ProvinceTargetId);

public sealed record LinkCandidate(Guid TargetId, Guid PlanId, string PlanNumber, string Text, string Kind, string Unit, double Similarity, bool Proposed);

public sealed record LinkView(Guid WardTargetId, Guid? ProvinceTargetId, string? LinkedBy, DateTimeOffset? LinkedAt, IReadOnlyList<LinkCandidate> Candidates);

/// <summary>
/// Linking a ward target to the province target it answers. Candidates are the targets of the province plans the
/// ward's plan cites; one of the same kind and unit with similar wording is proposed; a person of the ward confirms
/// or changes the link (PUT), or removes it (a null target).
/// </summary>
public static class LinkEndpoints
{
    public const double ProposalThreshold = 0.3;

    public static async Task<Results<Ok<LinkView>, NotFound>> GetAsync(Guid wardTargetId, RankingsDbContext db, CancellationToken ct)
    {
        if (await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.TargetId == wardTargetId, ct) is not { } target) return TypedResults.NotFound();
        var link = await db.Links.AsNoTracking().FirstOrDefaultAsync(l => l.WardTargetId == wardTargetId, ct);
        return TypedResults.Ok(new LinkView(wardTargetId, link?.ProvinceTargetId, link?.LinkedBy, link?.LinkedAt, await CandidatesAsync(db, target, ct)));
    }

    public static async Task<Results<Ok<LinkView>, NotFound, ValidationProblem, ProblemHttpResult>> PutAsync(Guid wardTargetId, LinkRequest request,
        RankingsDbContext db, TenantScope scope, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.TargetId == wardTargetId, ct) is not { } target) return TypedResults.NotFound();
        if (scope.Kind != ScopeKind.Ward || target.TenantCode != scope.Tenant)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Chỉ được xem",
                detail: "Chỉ cán bộ của xã, phường có chỉ tiêu được liên kết chỉ tiêu với chỉ tiêu của tỉnh.",
                extensions: new Dictionary<string, object?> { ["code"] = "read_only" });
        var candidates = await CandidatesAsync(db, target, ct);
        var link = await db.Links.FirstOrDefaultAsync(l => l.WardTargetId == wardTargetId, ct);
        if (request.ProvinceTargetId is not { } provinceTarget)
        {
            if (link is not null) db.Links.Remove(link);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(new LinkView(wardTargetId, null, null, null, candidates));
        }
        if (candidates.All(c => c.TargetId != provinceTarget))
            return new FieldErrors().Add("provinceTargetId", "unknown_target",
                "Chỉ liên kết được với chỉ tiêu của kế hoạch tỉnh mà kế hoạch của xã, phường triển khai.").ToProblem();
        var by = user.FindFirstValue("name") ?? user.FindFirstValue("sub") ?? "";
        if (link is null)
        {
            link = new TargetLink { WardTargetId = wardTargetId, TenantCode = target.TenantCode, ProvinceCode = target.ProvinceCode, LinkedBy = by };
            db.Links.Add(link);
        }
        link.ProvinceTargetId = provinceTarget;
        link.LinkedBy = by;
        link.LinkedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new LinkView(wardTargetId, link.ProvinceTargetId, link.LinkedBy, link.LinkedAt, candidates));
    }

    private static async Task<List<LinkCandidate>> CandidatesAsync(RankingsDbContext db, KnownTarget target, CancellationToken ct)
    {
        var plan = await db.Plans.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == target.PlanId, ct);
        if (plan is null || plan.ParentPlanNumbers.Count == 0) return [];
        var parents = await db.Plans.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.ProvinceCode == target.ProvinceCode && p.TenantCode == target.ProvinceCode && plan.ParentPlanNumbers.Contains(p.Number))
            .ToListAsync(ct);
        var ids = parents.Select(p => p.PlanId).ToList();
        var targets = await db.Targets.IgnoreQueryFilters().AsNoTracking().Where(t => ids.Contains(t.PlanId)).ToListAsync(ct);
        var scored = targets.Select(t => (Target: t, Similarity: Wording.Similarity(t.Text, target.Text),
            SameShape: t.Kind == target.Kind && VietnameseText.Fold(t.Unit) == VietnameseText.Fold(target.Unit))).ToList();
        var best = scored.Where(s => s.SameShape && s.Similarity >= ProposalThreshold).OrderByDescending(s => s.Similarity).FirstOrDefault();
        return scored.OrderByDescending(s => s.SameShape).ThenByDescending(s => s.Similarity)
            .Select(s => new LinkCandidate(s.Target.TargetId, s.Target.PlanId, parents.First(p => p.PlanId == s.Target.PlanId).Number, s.Target.Text,
                s.Target.Kind, s.Target.Unit, Math.Round(s.Similarity, 2), best.Target is not null && s.Target.TargetId == best.Target.TargetId))
            .ToList();
    }
}

/// <summary>Similar wording: the share of words two texts have in common (Jaccard, diacritics and numbers ignored).</summary>
public static class Wording
{
    public static double Similarity(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        return x.Count == 0 || y.Count == 0 ? 0 : (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    private static HashSet<string> Words(string text) =>
        VietnameseText.Fold(text).Split([' ', ',', '.', ';', ':', '(', ')', '%', '/', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.All(char.IsDigit)).ToHashSet();
}
