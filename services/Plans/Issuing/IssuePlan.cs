using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Http;
using WardPlatform.Contracts.Events;
using WardPlatform.Messaging;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Issuing;

public sealed record IssuePlanRequest(DateOnly? IssuedOn);

public static class IssuePlan
{
    /// <summary>Issues a draft: the status change and the PlanIssued event commit together (outbox).</summary>
    public static async Task<Results<Ok<PlanDto>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, IssuePlanRequest? request, PlansDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var plan = await db.Plans.FindAsync([id], ct);
        if (plan is null) return TypedResults.NotFound();
        if (plan.Status != PlanStatus.Draft)
            return FieldErrors.Conflict("Kế hoạch đã được ban hành", $"Kế hoạch số {plan.Number} không còn ở trạng thái dự thảo.", "not_a_draft");

        var now = clock.GetUtcNow();
        plan.Issue(request?.IssuedOn ?? DateOnly.FromDateTime(now.UtcDateTime), now);
        db.PublishOnCommit(new PlanIssued(plan.Id, plan.TenantCode, plan.ProvinceCode, plan.Number, plan.Title, plan.IssuedOn!.Value, now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PlanDto.From(plan));
    }
}
