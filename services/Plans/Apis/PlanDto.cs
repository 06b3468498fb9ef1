using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Apis;

/// <summary>A plan in a list, or as a write answers: its header and status.</summary>
// Optional parameters default to null or constants: the OpenAPI schema exporter cannot write a struct's default.
public sealed record PlanDto(
    Guid Id, string TenantCode, string Number, string Title, string Status, DateOnly? IssuedOn,
    string ProvinceCode = "", DateOnly? PeriodStart = null, DateOnly? PeriodEnd = null, int TargetCount = 0, DateTimeOffset? CreatedAt = null,
    string? HandOver = null, string? HandOverNote = null)
{
    public static PlanDto From(Plan plan) =>
        new(plan.Id, plan.TenantCode, plan.Number, plan.Title, plan.Status.ToString(), plan.IssuedOn,
            plan.ProvinceCode, plan.PeriodStart, plan.PeriodEnd, plan.Targets.Count, plan.CreatedAt,
            HandOverOf(plan.Status, plan.SubmittedAt, plan.ReturnedAt), plan.SubmittedAt is not null ? plan.SubmissionNote : plan.ReturnReason);

    /// <summary>"Submitted" (waiting for the signer), "Returned" (back with the preparer), or null.</summary>
    public static string? HandOverOf(PlanStatus status, DateTimeOffset? submittedAt, DateTimeOffset? returnedAt) =>
        status != PlanStatus.Draft ? null : submittedAt is not null ? Submitted : returnedAt is not null ? Returned : null;

    public const string Submitted = "Submitted";
    public const string Returned = "Returned";
}
