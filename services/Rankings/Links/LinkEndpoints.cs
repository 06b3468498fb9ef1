using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Facts;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Links;

/// <summary>
/// The link to confirm. <see cref="PlanNumbers"/> (the province plans the ward's plan cites) is needed only while the
/// ward target is not yet known here (its plan confirmed but not issued: the review screen links at confirmation).
/// </summary>
public sealed record LinkRequest(Guid? ProvinceTargetId, List<string>? PlanNumbers = null);

public sealed record ProposalTarget(string? Text, string? Kind, string? Unit);

/// <summary>The review screen's question: for each target of a plan being reviewed, which province target it answers.</summary>
public sealed record ProposalRequest(List<string>? PlanNumbers, List<ProposalTarget>? Targets);

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
        var target = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.TargetId == wardTargetId, ct);
        var link = await db.Links.AsNoTracking().FirstOrDefaultAsync(l => l.WardTargetId == wardTargetId, ct);
        // A link made ahead (at confirmation) shows before its target is known here; candidates come once it is.
        if (target is null && link is null) return TypedResults.NotFound();
        var candidates = target is null ? [] : await CandidatesAsync(db, target, ct);
        return TypedResults.Ok(new LinkView(wardTargetId, link?.ProvinceTargetId, link?.LinkedBy, link?.LinkedAt, candidates));
    }

    public static async Task<Results<Ok<LinkView>, NotFound, ValidationProblem, ProblemHttpResult>> PutAsync(Guid wardTargetId, LinkRequest request,
        RankingsDbContext db, TenantScope scope, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var target = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.TargetId == wardTargetId, ct);
        // Not known here yet (the plan is confirmed, not issued): the ward links it ahead, citing the plans it cascades.
        var ahead = target is null && request.PlanNumbers is { Count: > 0 } && scope.Kind == ScopeKind.Ward
            && !await db.Targets.IgnoreQueryFilters().AnyAsync(t => t.TargetId == wardTargetId, ct);
        if (target is null && !ahead) return TypedResults.NotFound();
        if (scope.Kind != ScopeKind.Ward || (target is not null && target.TenantCode != scope.Tenant))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Chỉ được xem",
                detail: "Chỉ cán bộ của xã, phường có chỉ tiêu được liên kết chỉ tiêu với chỉ tiêu của tỉnh.",
                extensions: new Dictionary<string, object?> { ["code"] = "read_only" });
        var candidates = target is not null ? await CandidatesAsync(db, target, ct)
            : await CandidatesAsync(db, scope.Province, request.PlanNumbers!.Select(n => VietnameseText.Clean(n) ?? "").ToList(), null, ct);
        // A link row is one ward's own: an id another ward linked ahead is not this ward's to change.
        if (await db.Links.IgnoreQueryFilters().AnyAsync(l => l.WardTargetId == wardTargetId && l.TenantCode != scope.Tenant, ct))
            return FieldErrors.Conflict("Chỉ tiêu đã được liên kết", "Mã chỉ tiêu này đã được một đơn vị khác liên kết.", "linked_elsewhere");
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
            link = new TargetLink { WardTargetId = wardTargetId, TenantCode = scope.Tenant, ProvinceCode = scope.Province, LinkedBy = by };
            db.Links.Add(link);
        }
        link.ProvinceTargetId = provinceTarget;
        link.LinkedBy = by;
        link.LinkedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new LinkView(wardTargetId, link.ProvinceTargetId, link.LinkedBy, link.LinkedAt, candidates));
    }

    /// <summary>POST /links/proposals: for each target of a plan under review, the province targets it may answer, one proposed.</summary>
    public static async Task<Results<Ok<List<List<LinkCandidate>>>, ValidationProblem>> ProposalsAsync(ProposalRequest request,
        RankingsDbContext db, TenantScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.Targets is not { Count: > 0 and <= 500 }) errors.Add("targets", "required", "Cần từ 1 đến 500 chỉ tiêu.");
        if (request.PlanNumbers is { Count: > 50 }) errors.Add("planNumbers", "too_many", "Tối đa 50 kế hoạch được trích dẫn.");
        if (errors.Any) return errors.ToProblem();
        var numbers = (request.PlanNumbers ?? []).Select(n => VietnameseText.Clean(n) ?? "").Where(n => n.Length > 0).ToList();
        var answers = new List<List<LinkCandidate>>();
        var provinceTargets = await ProvinceTargetsAsync(db, scope.Province, numbers, ct);
        foreach (var t in request.Targets!)
            answers.Add(Rank(provinceTargets, VietnameseText.Clean(t.Text) ?? "", t.Kind ?? "", VietnameseText.Clean(t.Unit) ?? ""));
        return TypedResults.Ok(answers);
    }

    private static async Task<List<LinkCandidate>> CandidatesAsync(RankingsDbContext db, KnownTarget target, CancellationToken ct)
    {
        var plan = await db.Plans.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == target.PlanId, ct);
        if (plan is null || plan.ParentPlanNumbers.Count == 0) return [];
        return await CandidatesAsync(db, target.ProvinceCode, plan.ParentPlanNumbers, target, ct);
    }

    private static async Task<List<LinkCandidate>> CandidatesAsync(RankingsDbContext db, string province, List<string> planNumbers, KnownTarget? target,
        CancellationToken ct)
    {
        var provinceTargets = await ProvinceTargetsAsync(db, province, planNumbers, ct);
        return target is null ? Rank(provinceTargets, "", "", "") : Rank(provinceTargets, target.Text, target.Kind, target.Unit);
    }

    /// <summary>The targets of the province's own plans with these numbers, with the number of the plan each belongs to.</summary>
    private static async Task<List<(KnownTarget Target, string PlanNumber)>> ProvinceTargetsAsync(RankingsDbContext db, string province,
        List<string> planNumbers, CancellationToken ct)
    {
        if (planNumbers.Count == 0) return [];
        var parents = await db.Plans.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.ProvinceCode == province && p.TenantCode == province && planNumbers.Contains(p.Number))
            .ToListAsync(ct);
        var ids = parents.Select(p => p.PlanId).ToList();
        var targets = await db.Targets.IgnoreQueryFilters().AsNoTracking().Where(t => ids.Contains(t.PlanId)).ToListAsync(ct);
        return targets.Select(t => (Target: t, PlanNumber: parents.First(p => p.PlanId == t.PlanId).Number)).ToList();
    }

    /// <summary>Candidates best first; the one of the same kind and unit with the most similar wording (≥ 0.3) proposed.</summary>
    private static List<LinkCandidate> Rank(List<(KnownTarget Target, string PlanNumber)> provinceTargets, string text, string kind, string unit)
    {
        var scored = provinceTargets.Select(p => (p.Target, p.PlanNumber, Similarity: Wording.Similarity(p.Target.Text, text),
            SameShape: p.Target.Kind == kind && VietnameseText.Fold(p.Target.Unit) == VietnameseText.Fold(unit))).ToList();
        var best = scored.Where(s => s.SameShape && s.Similarity >= ProposalThreshold).OrderByDescending(s => s.Similarity).FirstOrDefault();
        return scored.OrderByDescending(s => s.SameShape).ThenByDescending(s => s.Similarity).ThenBy(s => s.Target.Text, StringComparer.Ordinal)
            .Select(s => new LinkCandidate(s.Target.TargetId, s.Target.PlanId, s.PlanNumber, s.Target.Text, s.Target.Kind, s.Target.Unit,
                Math.Round(s.Similarity, 2), best.Target is not null && s.Target.TargetId == best.Target.TargetId))
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
