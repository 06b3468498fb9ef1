using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Plans.Documents;

namespace WardPlatform.Plans.Lifecycle;

/// <summary>The body of a hand-over: the preparer's note when sending, the signer's reason when returning.</summary>
public sealed record HandOverRequest(string? Note = null);

/// <summary>
/// "Trình ký" (POST /plans/{id}/submit): a preparer sends the draft to the signer with an optional note.
/// "Trả lại" (POST /plans/{id}/return): the signer sends it back with a reason, which is required. Both stay in the
/// plan's history; the status stays Draft, so no status event is published.
/// </summary>
public static class HandOver
{
    public static Task<Results<Ok<PlanDto>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, HandOverRequest? request, ClaimsPrincipal user, PlansDbContext db, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(PlanRights.Submit, id, request, user, db, clock, ct);

    public static Task<Results<Ok<PlanDto>, NotFound, ValidationProblem, ProblemHttpResult>> ReturnAsync(
        Guid id, HandOverRequest? request, ClaimsPrincipal user, PlansDbContext db, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(PlanRights.Return, id, request, user, db, clock, ct);

    private static async Task<Results<Ok<PlanDto>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string action, Guid id, HandOverRequest? request, ClaimsPrincipal user, PlansDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var plan = await db.Plans.AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(plan)) return PlanProblems.ReadOnly();
        if (!PlanRights.RoleMay(PlanRights.RoleOf(user), plan, action)) return PlanProblems.NotAllowed(plan, action);
        if (plan.Status != PlanStatus.Draft) return PlanProblems.NotADraft(plan);
        if (action == PlanRights.Submit && plan.AwaitingSignature)
            return FieldErrors.Conflict("Dự thảo đã được trình ký", $"Kế hoạch số {plan.Number} đang chờ ký, không cần trình lại.", "already_submitted");
        if (action == PlanRights.Return && !plan.AwaitingSignature)
            return FieldErrors.Conflict("Dự thảo chưa được trình ký", $"Kế hoạch số {plan.Number} chưa được trình ký nên không có gì để trả lại.", "not_submitted");

        var errors = new FieldErrors();
        var note = errors.Text("note", request?.Note, PlanLimits.Note, action == PlanRights.Return ? "Lý do trả lại" : "Ghi chú",
            required: action == PlanRights.Return);
        if (errors.Any) return errors.ToProblem();

        var (by, byName, now) = (user.FindFirstValue("sub"), user.FindFirstValue("name"), clock.GetUtcNow());
        if (action == PlanRights.Submit) plan.Submit(by, byName, note, now);
        else plan.ReturnToPreparer(by, byName, note!, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PlanDto.From(plan));
    }
}
