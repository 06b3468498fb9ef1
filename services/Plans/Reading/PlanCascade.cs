using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Reading;

/// <summary>A ward plan that cites a province plan as its parent: how that ward cascaded it.</summary>
public sealed record CascadedPlanDto(Guid Id, string WardCode, string Number, string Title, string Status, DateOnly? IssuedOn);

public sealed record PlanCascadeDto(Guid PlanId, string Number, string Title, IReadOnlyList<CascadedPlanDto> WardPlans);

public static class PlanCascade
{
    /// <summary>
    /// The ward plans of the province that cite this province plan: linked by id, or by its number when the ward
    /// confirmed its plan before the province plan was recorded here. A ward plan has no cascade (an empty list).
    /// </summary>
    public static async Task<Results<Ok<PlanCascadeDto>, NotFound>> HandleAsync(Guid id, PlansDbContext db, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, p.TenantCode, p.ProvinceCode, p.Number, p.Title }).FirstOrDefaultAsync(ct);
        if (plan is null) return TypedResults.NotFound();
        if (plan.TenantCode != plan.ProvinceCode) return TypedResults.Ok(new PlanCascadeDto(plan.Id, plan.Number, plan.Title, []));

        var wardPlans = await db.Plans.AsNoTracking()
            .Where(p => p.ProvinceCode == plan.ProvinceCode && p.TenantCode != plan.ProvinceCode)
            .Where(p => p.LegalBases.Any(b => b.ParentPlanId == plan.Id
                || (b.ParentPlanId == null && b.Kind == PlanLegalBasis.PlanKind && b.Number == plan.Number)))
            .OrderBy(p => p.TenantCode).ThenBy(p => p.Number)
            .Select(p => new CascadedPlanDto(p.Id, p.TenantCode, p.Number, p.Title, p.Status.ToString(), p.IssuedOn))
            .ToListAsync(ct);
        return TypedResults.Ok(new PlanCascadeDto(plan.Id, plan.Number, plan.Title, wardPlans));
    }
}
