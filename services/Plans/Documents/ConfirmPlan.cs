using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Documents;

public static class ConfirmPlan
{
    /// <summary>Creates a draft plan from the reviewed document, with its targets (each given a new TargetId).</summary>
    public static async Task<Results<Created<PlanDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        PlanDocumentRequest request, PlansDbContext db, TimeProvider clock, CancellationToken ct)
    {
        // A plan belongs to the caller's own ward (or, for province staff, to the province): never chosen in the body.
        if (!db.Scope.HasOwnTenant) return TenantProblems.NoOwnTenant();
        var plan = new Plan
        {
            TenantCode = db.Scope.Tenant, ProvinceCode = db.Scope.Province, Number = "", Title = "", CreatedAt = clock.GetUtcNow(),
        };
        var errors = PlanDocumentReader.Apply(request, plan, new HashSet<Guid>());
        if (errors.Any) return errors.ToProblem();
        await ParentPlans.LinkAsync(db, plan, ct);

        db.Plans.Add(plan);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return await PlanProblems.DuplicateNumberAsync(db, plan, ct);
        }
        return TypedResults.Created($"/plans/{plan.Id}", PlanDto.From(plan));
    }
}
