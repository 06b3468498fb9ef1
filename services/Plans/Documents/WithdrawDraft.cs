using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Plans.Data;
using WardPlatform.Plans.Lifecycle;

namespace WardPlatform.Plans.Documents;

public static class WithdrawDraft
{
    /// <summary>
    /// DELETE /plans/{id}: a draft confirmed by mistake is withdrawn, with its attachments. It never reached the targets
    /// service (only issuing does), so no event is owed; the audit log keeps the deletion. An issued plan is never deleted.
    /// </summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal user, PlansDbContext db, CancellationToken ct)
    {
        var plan = await db.Plans.AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(plan)) return PlanProblems.ReadOnly();
        if (!PlanRights.RoleMay(PlanRights.RoleOf(user), plan, PlanRights.Withdraw)) return PlanProblems.NotAllowed(plan, PlanRights.Withdraw);
        if (plan.Status != PlanStatus.Draft) return PlanProblems.NotADraft(plan);
        db.Attachments.RemoveRange(await db.Attachments.Where(a => a.PlanId == id).ToListAsync(ct));
        db.Plans.Remove(plan);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
