using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Documents;

public static class ReplacePlan
{
    /// <summary>Replaces a draft's whole content; an issued plan is an official document and is not edited.</summary>
    public static async Task<Results<Ok<PlanDto>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, PlanDocumentRequest request, System.Security.Claims.ClaimsPrincipal user, PlansDbContext db, CancellationToken ct)
    {
        var plan = await db.Plans.AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(plan)) return PlanProblems.ReadOnly();
        if (!Lifecycle.PlanRights.RoleMay(Lifecycle.PlanRights.RoleOf(user), plan, Lifecycle.PlanRights.Edit))
            return PlanProblems.NotAllowed(plan, Lifecycle.PlanRights.Edit);
        if (plan.Status != PlanStatus.Draft) return PlanProblems.NotADraft(plan);

        var errors = PlanDocumentReader.Apply(request, plan, plan.Targets.Select(t => t.TargetId).ToHashSet());
        if (errors.Any) return errors.ToProblem();
        await ParentPlans.LinkAsync(db, plan, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return await PlanProblems.DuplicateNumberAsync(db, plan, ct);
        }
        return TypedResults.Ok(PlanDto.From(plan));
    }
}
