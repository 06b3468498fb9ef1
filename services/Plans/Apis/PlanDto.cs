using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Apis;

/// <summary>A plan in a list, or as a write answers: its header and status.</summary>
// Optional parameters default to null or constants: the OpenAPI schema exporter cannot write a struct's default.
public sealed record PlanDto(
    Guid Id, string TenantCode, string Number, string Title, string Status, DateOnly? IssuedOn,
    string ProvinceCode = "", DateOnly? PeriodStart = null, DateOnly? PeriodEnd = null, int TargetCount = 0, DateTimeOffset? CreatedAt = null)
{
    public static PlanDto From(Plan plan) =>
        new(plan.Id, plan.TenantCode, plan.Number, plan.Title, plan.Status.ToString(), plan.IssuedOn,
            plan.ProvinceCode, plan.PeriodStart, plan.PeriodEnd, plan.Targets.Count, plan.CreatedAt);
}
