using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Plans.Documents;

namespace WardPlatform.Plans.Lifecycle;

public static class MovePlan
{
    /// <summary>
    /// The handler of one lifecycle endpoint. The move, its history row and its events (PlanStatusChanged on every
    /// move, PlanIssued on issue, PlanClosed on close) commit together through the outbox.
    /// </summary>
    public static Func<Guid, MovePlanRequest?, ClaimsPrincipal, PlansDbContext, TimeProvider, CancellationToken,
        Task<Results<Ok<PlanDto>, NotFound, ValidationProblem, ProblemHttpResult>>> To(PlanStatus to) =>
        (Guid id, MovePlanRequest? request, ClaimsPrincipal user, PlansDbContext db, TimeProvider clock, CancellationToken ct) =>
            HandleAsync(to, id, request, user, db, clock, ct);

    private static async Task<Results<Ok<PlanDto>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        PlanStatus to, Guid id, MovePlanRequest? request, ClaimsPrincipal user, PlansDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var plan = await db.Plans.AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(plan)) return PlanProblems.ReadOnly();
        if (!PlanRights.RoleMay(PlanRights.RoleOf(user), plan, PlanTransitions.Action(to))) return PlanProblems.NotAllowed(plan, PlanTransitions.Action(to));
        if (!PlanTransitions.CanMove(plan.Status, to)) return InvalidTransition(plan, to);

        var errors = new FieldErrors();
        var note = errors.Text("note", request?.Note, PlanLimits.Note, "Ghi chú");
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var issuedOn = request?.IssuedOn ?? plan.IssuedOn ?? today;
        // "Not after today" in Vietnam (UTC+7), where the document is dated: ahead of UTC for seven hours a day.
        if (to == PlanStatus.Issued) CheckIssueDate(errors, issuedOn, plan, DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime));
        if (errors.Any) return errors.ToProblem();

        if (to == PlanStatus.Issued) plan.SetIssuedOn(issuedOn);
        var change = plan.MoveTo(to, user.FindFirstValue("sub"), user.FindFirstValue("name"), note, now);

        if (to == PlanStatus.Issued) db.PublishOnCommit(PlanIssuedEvent.From(plan, now));
        db.PublishOnCommit(new PlanStatusChanged(plan.Id, plan.TenantCode, plan.ProvinceCode, change.From.ToString(), change.To.ToString(), change.ChangedBy, now));
        if (to == PlanStatus.Closed) db.PublishOnCommit(new PlanClosed(plan.Id, plan.TenantCode, plan.ProvinceCode, now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PlanDto.From(plan));
    }

    private static ProblemHttpResult InvalidTransition(Plan plan, PlanStatus to) => FieldErrors.Conflict(
        "Không thể chuyển trạng thái kế hoạch",
        $"Kế hoạch số {plan.Number} đang ở trạng thái “{PlanStatusLabels.Of(plan.Status)}”, không thể {PlanTransitions.Verb(to)}.",
        "invalid_transition");

    /// <summary>A plan is not issued in the future, nor before the date its own document carries.</summary>
    private static void CheckIssueDate(FieldErrors errors, DateOnly issuedOn, Plan plan, DateOnly today)
    {
        if (issuedOn > today)
            errors.Add("issuedOn", "future", $"Ngày ban hành không được sau hôm nay ({today:dd/MM/yyyy}).");
        else if (plan.IssuedOn is { } written && issuedOn < written)
            errors.Add("issuedOn", "before_document", $"Ngày ban hành không được trước ngày ghi trên văn bản ({written:dd/MM/yyyy}).");
    }
}
