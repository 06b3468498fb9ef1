using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Http;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Documents;

/// <summary>The plan-specific refusals, each with a Vietnamese message and a stable code.</summary>
public static class PlanProblems
{
    public static ProblemHttpResult DuplicateNumber(string tenant, string? number) =>
        FieldErrors.Conflict("Số kế hoạch đã tồn tại", $"Đơn vị {tenant} đã có kế hoạch số {number}.", "duplicate_number");

    public static ProblemHttpResult NotADraft(Plan plan) =>
        FieldErrors.Conflict("Kế hoạch không còn là dự thảo", $"Kế hoạch số {plan.Number} đang ở trạng thái “{PlanStatusLabels.Of(plan.Status)}”: chỉ sửa được dự thảo.", "not_a_draft");

    public static ProblemHttpResult ReadOnly() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền sửa kế hoạch này",
        detail: "Chỉ đơn vị ban hành kế hoạch mới được sửa hay chuyển trạng thái kế hoạch; cấp tỉnh chỉ được xem kế hoạch của phường, xã.",
        extensions: new Dictionary<string, object?> { ["code"] = "read_only" });
}
