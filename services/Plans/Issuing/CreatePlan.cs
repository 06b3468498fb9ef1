using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WardPlatform.Http;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Issuing;

public sealed record CreatePlanRequest(string? Number, string? Title);

public static class CreatePlan
{
    public static async Task<Results<Created<PlanDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreatePlanRequest request, PlansDbContext db, CancellationToken ct)
    {
        // A plan belongs to the caller's own ward (or, for province staff, to the province): never chosen in the body.
        if (!db.Scope.HasOwnTenant) return TenantProblems.NoOwnTenant();
        var tenant = db.Scope.Tenant;
        var number = VietnameseText.Clean(request.Number);
        var title = VietnameseText.Clean(request.Title);

        var errors = new FieldErrors()
            .RequireText("number", number, 50, "Số kế hoạch")
            .RequireText("title", title, 500, "Tên kế hoạch");
        if (errors.Any) return errors.ToProblem();

        var plan = new Plan { TenantCode = tenant, ProvinceCode = db.Scope.Province, Number = number!, Title = title! };
        db.Plans.Add(plan);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return FieldErrors.Conflict("Số kế hoạch đã tồn tại", $"Đơn vị {tenant} đã có kế hoạch số {number}.", "duplicate_number");
        }
        return TypedResults.Created($"/plans/{plan.Id}", PlanDto.From(plan));
    }
}
