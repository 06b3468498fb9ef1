using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Rules;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Rounds;

public sealed record QuotaRequest(string? Form, string? RecipientKind, int? MaxCount);

public sealed record CreateRoundRequest(string? Title, Guid? PlanId, string? Occasion, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    DateOnly? NominationsDue, DateOnly? AppraisalDue, DateOnly? DecisionDue, List<QuotaRequest>? Quotas, int? PostingDays);

public sealed record RoundDto(Guid Id, string TenantCode, Guid? PlanId, string? PlanNumber, string Title, string Occasion, DateOnly PeriodFrom,
    DateOnly PeriodTo, DateOnly NominationsDue, DateOnly AppraisalDue, DateOnly DecisionDue, List<RoundQuota> Quotas, int PostingDays,
    DateOnly? PostedFrom, DateOnly? PostedUntil, Guid? DecisionId)
{
    public static RoundDto From(Round r) => new(r.Id, r.TenantCode, r.PlanId, r.PlanNumber, r.Title, r.Occasion, r.PeriodFrom, r.PeriodTo,
        r.NominationsDue, r.AppraisalDue, r.DecisionDue, r.Quotas, r.PostingDays, r.PostedFrom, r.PostedUntil, r.DecisionId);
}

/// <summary>Rounds: created by the culture-social office (or the chairman, the administrator), with a plan's quotas or typed ones.</summary>
public static class RoundsApi
{
    private static readonly string[] Managers = [WardRoles.WardAppraiser, WardRoles.WardChairman, WardRoles.WardAdministrator];

    public static async Task<Ok<List<RoundDto>>> ListAsync(CommendationsDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Rounds.AsNoTracking().OrderByDescending(r => r.CreatedAt).ToListAsync(ct)).Select(RoundDto.From).ToList());

    public static async Task<Results<Ok<RoundDto>, NotFound>> GetAsync(Guid id, CommendationsDbContext db, CancellationToken ct) =>
        await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } round ? TypedResults.Ok(RoundDto.From(round)) : TypedResults.NotFound();

    public static async Task<Results<Created<RoundDto>, ValidationProblem, ProblemHttpResult, NotFound>> CreateAsync(
        CreateRoundRequest request, ClaimsPrincipal user, CommendationsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (Problems.RequireRole(user, db.Scope, "mở đợt khen thưởng", Managers) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var title = errors.Text("title", request.Title, 500, "Tên đợt khen thưởng", required: true);
        var occasion = request.Occasion ?? "annual";
        if (!Occasions.All.Contains(occasion))
            errors.Add("occasion", "unknown_occasion", "Dịp khen thưởng: annual (hằng năm), midterm (sơ kết) hoặc final (tổng kết).");

        PlanQuotas? plan = null;
        if (request.PlanId is { } planId && (plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == planId, ct)) is null)
            errors.Add("planId", "unknown_plan", "Không tìm thấy kế hoạch đã ban hành này của phường.");

        var today = clock.Today();
        var from = request.PeriodFrom ?? plan?.PeriodStart ?? new DateOnly(today.Year, 1, 1);
        var to = request.PeriodTo ?? plan?.PeriodEnd ?? new DateOnly(today.Year, 12, 31);
        if (from > to) errors.Add("periodTo", "invalid_period", "Ngày kết thúc kỳ thi đua phải sau ngày bắt đầu.");
        var nominationsDue = request.NominationsDue ?? today.AddDays(30);
        var appraisalDue = request.AppraisalDue ?? VietnamHolidays.AddWorkingDays(nominationsDue, 20);
        var decisionDue = request.DecisionDue ?? appraisalDue.AddDays(20);
        if (appraisalDue < nominationsDue) errors.Add("appraisalDue", "before_nominations", "Hạn thẩm định không được trước hạn nộp hồ sơ.");
        if (decisionDue < appraisalDue) errors.Add("decisionDue", "before_appraisal", "Hạn quyết định không được trước hạn thẩm định.");
        var postingDays = request.PostingDays ?? 10;
        if (postingDays is < 1 or > 60) errors.Add("postingDays", "out_of_range", "Số ngày niêm yết công khai phải từ 1 đến 60.");

        var quotas = request.Quotas is not null
            ? CheckQuotas(errors, request.Quotas)
            : plan?.Quotas.Where(q => q.Occasion is null || q.Occasion == occasion).Select(q => new RoundQuota(q.Form, q.RecipientKind, q.MaxCount)).ToList() ?? [];
        if (errors.Any) return errors.ToProblem();

        var round = new Round
        {
            Id = Guid.CreateVersion7(), TenantCode = db.Scope.Tenant, ProvinceCode = db.Scope.Province, PlanId = plan?.PlanId, PlanNumber = plan?.Number,
            Title = title!, Occasion = occasion, PeriodFrom = from, PeriodTo = to, NominationsDue = nominationsDue, AppraisalDue = appraisalDue,
            DecisionDue = decisionDue, Quotas = quotas, PostingDays = postingDays, CreatedAt = clock.GetUtcNow(),
        };
        db.Rounds.Add(round);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/rounds/{round.Id}", RoundDto.From(round));
    }

    /// <summary>PUT /rounds/{id}/quotas: the quotas typed or corrected by hand (until the decision).</summary>
    public static async Task<Results<Ok<RoundDto>, ValidationProblem, ProblemHttpResult, NotFound>> SetQuotasAsync(
        Guid id, List<QuotaRequest> request, ClaimsPrincipal user, CommendationsDbContext db, CancellationToken ct)
    {
        var round = await db.Rounds.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "sửa chỉ tiêu khen thưởng", Managers) is { } forbidden) return forbidden;
        if (round.DecisionId is not null) return Problems.Conflict("round_decided", "Đợt đã có quyết định", "Đợt khen thưởng đã có quyết định, không sửa được chỉ tiêu.");
        var errors = new FieldErrors();
        var quotas = CheckQuotas(errors, request);
        if (errors.Any) return errors.ToProblem();
        round.Quotas = quotas;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RoundDto.From(round));
    }

    private static List<RoundQuota> CheckQuotas(FieldErrors errors, List<QuotaRequest> quotas)
    {
        var result = new List<RoundQuota>();
        foreach (var (q, i) in quotas.Select((q, i) => (q, i)))
        {
            if (q.RecipientKind is null || !RecipientKinds.All.Contains(q.RecipientKind))
                errors.Add($"quotas[{i}].recipientKind", "unknown_kind", "Đối tượng: collective (tập thể), individual (cá nhân) hoặc household (hộ gia đình).");
            if (q.MaxCount is not (>= 0 and <= 10_000))
                errors.Add($"quotas[{i}].maxCount", "out_of_range", "Số lượng tối đa phải là số nguyên từ 0 đến 10.000.");
            var form = VietnameseText.Clean(q.Form) is { Length: > 0 } f ? f : null;
            if (result.Any(r => r.Form == form && r.RecipientKind == q.RecipientKind))
                errors.Add($"quotas[{i}]", "duplicate_quota", "Mỗi hình thức và đối tượng chỉ có một chỉ tiêu.");
            result.Add(new RoundQuota(form, q.RecipientKind ?? "", q.MaxCount ?? 0));
        }
        return result;
    }
}
