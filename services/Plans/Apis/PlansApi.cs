using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Plans.Data;
using WardPlatform.Plans.Importing;
using WardPlatform.Plans.Issuing;

namespace WardPlatform.Plans.Apis;

public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/plans").WithTags("Kế hoạch");
        plans.MapGet("/", ListPlans);
        plans.MapGet("/{id:guid}", GetPlan);
        plans.MapPost("/", CreatePlan.HandleAsync);
        plans.MapPost("/{id:guid}/issue", IssuePlan.HandleAsync);
        // A token-authenticated API, not a cookie form: no antiforgery token to check.
        plans.MapPost("/import", ImportPlan.HandleAsync).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(PlanFile.MaxBytes + 1024 * 1024));
        return app;
    }

    private static async Task<Ok<List<PlanDto>>> ListPlans(PlansDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Plans.AsNoTracking().OrderByDescending(p => p.CreatedAt)
            .Select(p => PlanDto.From(p)).ToListAsync(ct));

    private static async Task<Results<Ok<PlanDto>, NotFound>> GetPlan(Guid id, PlansDbContext db, CancellationToken ct) =>
        await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } plan
            ? TypedResults.Ok(PlanDto.From(plan))
            : TypedResults.NotFound();
}

public sealed record PlanDto(Guid Id, string TenantCode, string Number, string Title, string Status, DateOnly? IssuedOn)
{
    public static PlanDto From(Plan plan) =>
        new(plan.Id, plan.TenantCode, plan.Number, plan.Title, plan.Status.ToString(), plan.IssuedOn);
}
