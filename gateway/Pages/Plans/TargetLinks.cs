using System.Text.Json;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>A province target a ward target may answer, as the select shows it.</summary>
public sealed record ProvinceChoice(string Id, string Label, bool Proposed);

/// <summary>
/// Linking a ward's targets to the province targets they answer (the rankings service keeps the links). The review
/// screen asks the rankings service for proposals (a target of the cited province plan of the same kind and unit with
/// similar wording, diacritics ignored) and preselects them; the person confirms or changes each; the links are saved
/// once the plan is stored (ahead of its issue, citing the plan numbers). The plan page links later the same way.
/// </summary>
public static class TargetLinks
{
    /// <summary>The province plans a plan cites (legal bases of kind Kế hoạch with a number).</summary>
    public static List<string> CitedPlans(IEnumerable<LegalBasisRow> bases) =>
        bases.Where(b => !b.Remove && !string.IsNullOrWhiteSpace(b.PlanNumber)).Select(b => b.PlanNumber!.Trim()).Distinct().ToList();

    public static List<string> CitedPlans(JsonElement plan) =>
        plan.Items("legalBases").Where(b => b.Str("documentKind") == PlanReviewForm.PlanKind && b.Str("documentNumber").Length > 0)
            .Select(b => b.Str("documentNumber")).Distinct().ToList();

    /// <summary>Each target's choices, best first (one proposed, or none); empty lists when nothing is cited or rankings does not answer.</summary>
    public static async Task<List<List<ProvinceChoice>>> ProposeAsync(ServiceClient services, List<string> planNumbers,
        IReadOnlyList<(string? Text, string? Kind, string? Unit)> targets, CancellationToken ct)
    {
        var none = targets.Select(_ => new List<ProvinceChoice>()).ToList();
        if (planNumbers.Count == 0 || targets.Count == 0) return none;
        ServiceAnswer answer;
        try
        {
            answer = await services.PostAsync("rankings", "/links/proposals",
                new { planNumbers, targets = targets.Select(t => new { text = t.Text, kind = t.Kind, unit = t.Unit }) }, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return none;   // rankings not answering: the page works without proposals, linking stays possible later
        }
        if (!answer.Succeeded || answer.Body is not { ValueKind: JsonValueKind.Array } lists) return none;
        return lists.EnumerateArray().Select(list => list.EnumerateArray().Select(c => new ProvinceChoice(c.Str("targetId"),
            $"{c.Str("text")} ({c.Str("planNumber")})", c.TryGetProperty("proposed", out var p) && p.GetBoolean())).ToList()).ToList();
    }

    /// <summary>Fills the review rows' choices; a row not yet chosen takes the proposal (on the first showing of the draft).</summary>
    public static async Task FillReviewAsync(ServiceClient services, PlanReview review, bool preselect, CancellationToken ct)
    {
        var rows = review.Targets;
        var choices = await ProposeAsync(services, CitedPlans(review.LegalBases), rows.Select(r => (r.Text, r.Kind, r.Unit)).ToList(), ct);
        for (var i = 0; i < rows.Count && i < choices.Count; i++)
        {
            rows[i].ProvinceChoices = choices[i];
            if (preselect && rows[i].ProvinceTarget is null && choices[i].FirstOrDefault(c => c.Proposed) is { } proposed)
                rows[i].ProvinceTarget = proposed.Id;
        }
    }

    /// <summary>
    /// After the plan is stored: links each kept row that names a province target to the stored target at its place
    /// (the rows the body kept, in order). Gives the number of links the rankings service refused or did not take.
    /// </summary>
    public static async Task<int> SaveReviewAsync(ServiceClient services, PlanReview review, string planId, CancellationToken ct)
    {
        var kept = review.Targets.Where(t => !t.Remove && !(t.Source is null && string.IsNullOrWhiteSpace(t.Text))).ToList();
        if (!kept.Any(t => Guid.TryParse(t.ProvinceTarget, out _))) return 0;
        var plan = await services.GetAsync("plans", $"/plans/{planId}", ct);
        if (plan.Body is not { ValueKind: JsonValueKind.Object } stored) return kept.Count(t => Guid.TryParse(t.ProvinceTarget, out _));
        var ids = stored.Items("targets").Select(t => t.Str("targetId")).ToList();
        var numbers = CitedPlans(review.LegalBases);
        var failed = 0;
        for (var i = 0; i < kept.Count && i < ids.Count; i++)
            if (Guid.TryParse(kept[i].ProvinceTarget, out var provinceTarget))
                if (await PutAsync(services, ids[i], provinceTarget, numbers, ct) is not { Succeeded: true }) failed++;
        return failed;
    }

    /// <summary>Saves one link; null when the rankings service does not answer.</summary>
    public static async Task<ServiceAnswer?> PutAsync(ServiceClient services, string wardTargetId, Guid? provinceTarget, List<string> planNumbers,
        CancellationToken ct)
    {
        try
        {
            return await services.SendAsync("rankings", HttpMethod.Put, $"/links/{wardTargetId}",
                System.Net.Http.Json.JsonContent.Create(new { provinceTargetId = provinceTarget, planNumbers }), ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
