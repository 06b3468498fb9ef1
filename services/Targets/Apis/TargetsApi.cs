using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.IssuedPlans;

namespace WardPlatform.Targets.Apis;

public static class TargetsApi
{
    public static IEndpointRouteBuilder MapTargetsApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/plans").WithTags("Kế hoạch đã ban hành");
        plans.MapGet("/", ListIssuedPlans);
        plans.MapGet("/{planId:guid}", GetIssuedPlan);
        return app;
    }

    private static async Task<Ok<List<IssuedPlan>>> ListIssuedPlans(TargetsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.IssuedPlans.AsNoTracking().OrderByDescending(p => p.IssuedAt).ToListAsync(ct));

    private static async Task<Results<Ok<IssuedPlan>, NotFound>> GetIssuedPlan(Guid planId, TargetsDbContext db, CancellationToken ct) =>
        await db.IssuedPlans.AsNoTracking().FirstOrDefaultAsync(p => p.PlanId == planId, ct) is { } plan
            ? TypedResults.Ok(plan)
            : TypedResults.NotFound();
}
