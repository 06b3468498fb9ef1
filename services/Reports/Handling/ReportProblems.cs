using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Http;
using WardPlatform.Reports.Filing;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Handling;

public static class ReportProblems
{
    public static ProblemHttpResult ReadOnly() =>
        TenantProblems.Forbidden("Chỉ được xem", "Phản ánh thuộc phường khác: bạn được xem nhưng không được xử lý.", "read_only");

    public static ProblemHttpResult NotAllowed(ReportStatus from, string move) => FieldErrors.Conflict("Không chuyển được trạng thái",
        $"Phản ánh đang ở trạng thái \"{ReportStatuses.Label(from)}\" nên không thể {move}.", "move_not_allowed");
}
