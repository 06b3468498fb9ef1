using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Documents;

/// <summary>The plan-specific refusals, each with a Vietnamese message and a stable code.</summary>
public static class PlanProblems
{
    /// <summary>
    /// The number is taken in the plan's tenant: the problem names the field, the tenant and the plan that has the number
    /// (<c>existingPlanId</c>), so the web front can name the ward and link to it.
    /// </summary>
    public static async Task<ProblemHttpResult> DuplicateNumberAsync(PlansDbContext db, Plan plan, CancellationToken ct)
    {
        var existing = await db.Plans.AsNoTracking()
            .Where(p => p.TenantCode == plan.TenantCode && p.Number == plan.Number && p.Id != plan.Id)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Số kế hoạch đã tồn tại",
            detail: $"Số kế hoạch {plan.Number} đã có (đơn vị mã {plan.TenantCode}): mỗi kế hoạch của một đơn vị có một số riêng.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "duplicate_number", ["field"] = "number", ["number"] = plan.Number,
                ["tenantCode"] = plan.TenantCode, ["existingPlanId"] = existing,
            });
    }

    public static ProblemHttpResult NotADraft(Plan plan) =>
        FieldErrors.Conflict("Kế hoạch không còn là dự thảo", $"Kế hoạch số {plan.Number} đang ở trạng thái “{PlanStatusLabels.Of(plan.Status)}”: chỉ sửa được dự thảo.", "not_a_draft");

    /// <summary>The caller's role may not take this action on the plan (see <see cref="Lifecycle.PlanRights"/>).</summary>
    public static ProblemHttpResult NotAllowed(Plan plan, string action)
    {
        var signer = plan.IsProvincePlan ? "Lãnh đạo UBND tỉnh" : "Chủ tịch UBND phường, xã";
        var (verb, who, code) = action switch
        {
            Lifecycle.PlanRights.Issue => ("ban hành", $"Chỉ {signer} mới được ban hành kế hoạch.", "not_a_signer"),
            Lifecycle.PlanRights.Close => ("kết thúc", $"Chỉ {signer} mới được kết thúc kế hoạch.", "not_a_signer"),
            Lifecycle.PlanRights.Return => ("trả lại", $"Chỉ {signer} mới được trả lại dự thảo đã trình ký.", "not_a_signer"),
            Lifecycle.PlanRights.Submit => ("trình ký", "Chỉ cán bộ soạn thảo mới trình ký dự thảo.", "not_allowed"),
            Lifecycle.PlanRights.Edit or Lifecycle.PlanRights.Withdraw => ("sửa hay rút", $"Chỉ cán bộ soạn thảo hoặc {signer} mới được sửa hay rút dự thảo.", "not_allowed"),
            _ => ("chuyển bước", $"Chỉ cán bộ theo dõi kế hoạch hoặc {signer} mới được chuyển bước thực hiện kế hoạch.", "not_allowed"),
        };
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"Không có quyền {verb} kế hoạch", detail: who,
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    public static ProblemHttpResult ReadOnly() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền sửa kế hoạch này",
        detail: "Chỉ đơn vị ban hành kế hoạch mới được sửa hay chuyển trạng thái kế hoạch; cấp tỉnh chỉ được xem kế hoạch của phường, xã.",
        extensions: new Dictionary<string, object?> { ["code"] = "read_only" });
}
