using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Appraisal;

public sealed record AppraiseRequest(string? Verdict, string? Reasons);

/// <summary>
/// The culture-social office's appraisal (thẩm định): accept (only when every check passes), return for completion with
/// written reasons (the unit has 5 working days; DossierReturned tells it), or reject with reasons. The queue shows each
/// check with its reason and what is overdue.
/// </summary>
public static class AppraisalApi
{
    public const int ResubmitWorkingDays = 5;

    public static async Task<Ok<List<NominationDto>>> QueueAsync(Guid? roundId, string? q, string? state, CommendationsDbContext db,
        NominationViews views, CancellationToken ct) =>
        TypedResults.Ok(await views.ManyAsync(Queue(db, roundId, q, state).Take(500), ct));

    public const int QueuePageSize = 50, MaxQueuePageSize = 200;

    /// <summary>
    /// GET /nominations/page: the queue a page at a time (earliest deadline first), with how many it holds in all. Each
    /// dossier's checks are worked out for the page's nominations only, so a round of thousands answers as fast as one of fifty.
    /// </summary>
    public static async Task<Results<Ok<NominationPage>, ValidationProblem>> QueuePageAsync(Guid? roundId, string? q, string? state,
        int? page, int? pageSize, CommendationsDbContext db, NominationViews views, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (number, size) = errors.Page(page, pageSize, QueuePageSize, MaxQueuePageSize, "hồ sơ");
        if (q?.Length > 200) errors.Add("q", "too_long", "Từ khóa tìm kiếm không được dài quá 200 ký tự.");
        if (errors.Any) return errors.ToProblem();

        var queue = Queue(db, roundId, q, state);
        var total = await queue.CountAsync(ct);
        var items = await views.ManyAsync(queue.Skip((number - 1) * size).Take(size), ct);
        return TypedResults.Ok(new NominationPage(number, size, total, items));
    }

    private static IQueryable<Nomination> Queue(CommendationsDbContext db, Guid? roundId, string? q, string? state)
    {
        var query = db.Nominations.AsQueryable();
        if (roundId is { } r) query = query.Where(n => n.RoundId == r);
        if (Enum.TryParse<NominationState>(state, out var s)) query = query.Where(n => n.State == s);
        else query = query.Where(n => n.State == NominationState.Submitted || n.State == NominationState.Returned);
        if (VietnameseText.Fold(q) is { Length: > 0 } folded) query = query.Where(n => n.SearchText.Contains(folded));
        return query.OrderBy(n => n.AppraisalDue).ThenBy(n => n.CreatedAt).ThenBy(n => n.Id);
    }

    public static async Task<Results<Ok<NominationDto>, NotFound>> GetAsync(Guid id, NominationViews views, CancellationToken ct) =>
        await views.OneAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    public static async Task<Results<Ok<NominationDto>, ValidationProblem, ProblemHttpResult, NotFound>> AppraiseAsync(
        Guid id, AppraiseRequest request, ClaimsPrincipal user, CommendationsDbContext db, NominationViews views, TimeProvider clock, CancellationToken ct)
    {
        var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, ct);
        if (nomination is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "thẩm định hồ sơ", WardRoles.WardAppraiser) is { } forbidden) return forbidden;
        if (nomination.State != NominationState.Submitted)
            return Problems.Conflict("not_pending", "Hồ sơ không chờ thẩm định", "Hồ sơ này đã được thẩm định hoặc đang chờ đơn vị bổ sung.");
        var round = await db.Rounds.FirstAsync(r => r.Id == nomination.RoundId, ct);
        if (round.PostedFrom is not null || round.DecisionId is not null)
            return Problems.Conflict("round_closed", "Đợt đã chốt danh sách", "Danh sách của đợt đã niêm yết công khai.");

        var errors = new FieldErrors();
        var reasons = errors.Text("reasons", request.Reasons, 4000, "Lý do", required: request.Verdict is "return" or "reject");
        if (request.Verdict is not ("accept" or "return" or "reject"))
            errors.Add("verdict", "unknown_verdict", "Kết quả thẩm định: accept (đạt), return (trả để bổ sung) hoặc reject (không đạt).");
        if (errors.Any) return errors.ToProblem();

        var today = clock.Today();
        if (request.Verdict == "accept")
        {
            var view = (await views.OneAsync(id, ct))!;
            if (view.Checks.Where(c => !c.Passed).ToList() is { Count: > 0 } failed)
                return Problems.Conflict("not_eligible", "Chưa đủ điều kiện", string.Join(" ", failed.Select(c => $"{c.Label}: {c.Reason}")));
            nomination.State = NominationState.Accepted;
        }
        else if (request.Verdict == "return")
        {
            nomination.State = NominationState.Returned;
            nomination.ResubmitDue = VietnamHolidays.AddWorkingDays(today, ResubmitWorkingDays);
            db.PublishOnCommit(new DossierReturned(nomination.Id, nomination.RoundId, nomination.TenantCode, nomination.ProvinceCode,
                nomination.NominatingUnit, reasons!, nomination.ResubmitDue.Value, clock.GetUtcNow()));
        }
        else nomination.State = NominationState.Rejected;
        nomination.AppraisalReasons = reasons;
        nomination.AppraisedBy = user.FindFirstValue("name");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await views.OneAsync(id, ct))!);
    }

    public sealed record ResubmitRequest(string? Achievement, string? ReportText, List<string>? EvidenceLinks);

    /// <summary>POST /nominations/{id}/resubmit: the unit completes a returned dossier; it waits for appraisal again.</summary>
    public static async Task<Results<Ok<NominationDto>, ValidationProblem, ProblemHttpResult, NotFound>> ResubmitAsync(
        Guid id, ResubmitRequest request, ClaimsPrincipal user, CommendationsDbContext db, NominationViews views, TimeProvider clock, CancellationToken ct)
    {
        var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, ct);
        if (nomination is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "bổ sung hồ sơ", WardRoles.WardOfficer, WardRoles.WardAdministrator) is { } forbidden) return forbidden;
        if (nomination.State != NominationState.Returned)
            return Problems.Conflict("not_returned", "Hồ sơ không bị trả", "Chỉ bổ sung được hồ sơ đã bị trả lại.");
        var errors = new FieldErrors();
        var achievement = errors.Text("achievement", request.Achievement, 2000, "Thành tích");
        var report = errors.Text("reportText", request.ReportText, 20000, "Báo cáo thành tích");
        var links = (request.EvidenceLinks ?? []).Select((l, i) => errors.Text($"evidenceLinks[{i}]", l, 500, "Liên kết minh chứng", required: true) ?? "").ToList();
        if (errors.Any) return errors.ToProblem();
        if (achievement is { Length: > 0 }) nomination.Achievement = achievement;
        if (report is { Length: > 0 }) nomination.ReportText = report;
        if (links.Count > 0) nomination.EvidenceLinks = links;
        var today = clock.Today();
        nomination.State = NominationState.Submitted;
        nomination.SubmittedOn = today;
        nomination.AppraisalDue = VietnamHolidays.AddWorkingDays(today, 20);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await views.OneAsync(id, ct))!);
    }
}
