using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Reading;

public static class ListPlans
{
    /// <summary>
    /// The caller's plans (a ward its own, a province official the province's and its wards' issued ones), newest first,
    /// at most <c>take</c> (200). The filters are <see cref="PlanFilters"/>'s.
    /// </summary>
    public static async Task<Results<Ok<List<PlanDto>>, ValidationProblem>> HandleAsync(
        string? q, PlanStatus? status, string? handOver, string? tenantCode, string? level, int? take, PlansDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var plans = PlanFilters.Apply(db.Plans.AsNoTracking(), errors, q, status, handOver, tenantCode, level);
        if (take is < 1 or > 500) errors.Add("take", "out_of_range", "Số kế hoạch mỗi trang phải từ 1 đến 500.");
        if (errors.Any) return errors.ToProblem();
        return TypedResults.Ok(await PlanFilters.Newest(plans).Take(take ?? 200).Select(PlanFilters.ToDto).ToListAsync(ct));
    }
}
