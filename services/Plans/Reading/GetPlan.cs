using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Reading;

public static class GetPlan
{
    public static async Task<Results<Ok<PlanDetailDto>, NotFound>> HandleAsync(Guid id, System.Security.Claims.ClaimsPrincipal user, PlansDbContext db, CancellationToken ct)
    {
        // Owned parts (legal bases, themes, phases, targets, history) load with the plan; attachments without their bytes.
        var plan = await db.Plans.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return TypedResults.NotFound();
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.PlanId == id).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedBy, a.UploadedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(PlanDetailDto.From(plan, attachments, Lifecycle.PlanRights.Allowed(user, db.Scope, plan)));
    }
}
