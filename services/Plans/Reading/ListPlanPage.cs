using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Reading;

/// <summary>One page of a plan list and how many plans the filters keep in all.</summary>
public sealed record PlanPage(int Page, int PageSize, int Total, IReadOnlyList<PlanDto> Items);

/// <summary><c>GET /plans/page</c>: the list of <see cref="ListPlans"/> a page at a time, for a province's hundred wards.</summary>
public static class ListPlanPage
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static async Task<Results<Ok<PlanPage>, ValidationProblem>> HandleAsync(
        string? q, PlanStatus? status, string? handOver, string? tenantCode, string? level, int? page, int? pageSize,
        PlansDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var plans = PlanFilters.Apply(db.Plans.AsNoTracking(), errors, q, status, handOver, tenantCode, level);
        var (number, size) = errors.Page(page, pageSize, DefaultPageSize, MaxPageSize, "kế hoạch");
        if (errors.Any) return errors.ToProblem();

        var total = await plans.CountAsync(ct);
        var items = await PlanFilters.Newest(plans).Skip((number - 1) * size).Take(size).Select(PlanFilters.ToDto).ToListAsync(ct);
        return TypedResults.Ok(new PlanPage(number, size, total, items));
    }
}
