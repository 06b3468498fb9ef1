using System.Text.Json.Serialization;

namespace WardPlatform.Reports.Filing;

[JsonConverter(typeof(JsonStringEnumConverter<ReportStatus>))]
public enum ReportStatus { Received, Assigned, InProgress, Resolved, Verified, Rejected, Duplicate }

public static class ReportStatuses
{
    public static string Label(ReportStatus status) => status switch
    {
        ReportStatus.Received => "Tiếp nhận",
        ReportStatus.Assigned => "Đã phân công",
        ReportStatus.InProgress => "Đang xử lý",
        ReportStatus.Resolved => "Đã giải quyết",
        ReportStatus.Verified => "Đã xác minh",
        ReportStatus.Rejected => "Từ chối",
        ReportStatus.Duplicate => "Trùng",
        _ => status.ToString(),
    };

    /// <summary>Still in the ward's hands: counted for overdue, offered as a possible duplicate.</summary>
    public static readonly ReportStatus[] Open = [ReportStatus.Received, ReportStatus.Assigned, ReportStatus.InProgress];

    public static bool IsOpen(ReportStatus status) => Open.Contains(status);
}
