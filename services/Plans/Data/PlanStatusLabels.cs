namespace WardPlatform.Plans.Data;

public static class PlanStatusLabels
{
    public static string Of(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Issued => "Đã ban hành",
        PlanStatus.InProgress => "Đang thực hiện",
        PlanStatus.MidTermReviewed => "Đã sơ kết",
        PlanStatus.FinalReview => "Đang tổng kết",
        PlanStatus.Closed => "Đã kết thúc",
        _ => status.ToString(),
    };
}
