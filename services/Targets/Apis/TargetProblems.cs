using Microsoft.AspNetCore.Http.HttpResults;

namespace WardPlatform.Targets.Apis;

public static class TargetProblems
{
    /// <summary>Province staff read a ward's targets but do not write them (nor report progress on them).</summary>
    public static ProblemHttpResult ReadOnly() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Chỉ được xem",
        detail: "Chỉ tiêu thuộc đơn vị khác: bạn được xem nhưng không được cập nhật.",
        extensions: new Dictionary<string, object?> { ["code"] = "read_only" });

    public static ProblemHttpResult PlanClosed() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Kế hoạch đã kết thúc",
        detail: "Kế hoạch đã tổng kết, các chỉ tiêu đã được chốt kết quả và không nhận thêm báo cáo.",
        extensions: new Dictionary<string, object?> { ["code"] = "plan_closed" });
}
