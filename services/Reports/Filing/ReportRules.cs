using System.Text.RegularExpressions;
using WardPlatform.Http;
using WardPlatform.Reports.Places;

namespace WardPlatform.Reports.Filing;

/// <summary>What a report may say, however it arrives (web form, Open311, staff).</summary>
public sealed record ReportInput(
    string? Category, Guid? NeighbourhoodId, string? Street, string? HouseNumber, double? Latitude, double? Longitude,
    string? Description, string? ReporterName, string? ReporterPhone, bool Anonymous);

public sealed record CheckedReport(
    string CategoryCode, Guid? NeighbourhoodId, string Street, string? HouseNumber, double? Latitude, double? Longitude,
    string Description, string? ReporterName, string? ReporterPhone);

public static partial class ReportRules
{
    public const int MaxDescription = 4000;

    /// <summary>Checks the fields that need nothing stored; the category and neighbourhood are checked against the ward by the intake.</summary>
    public static CheckedReport? Check(ReportInput input, FieldErrors errors, bool phoneRequired = true)
    {
        var before = errors.Count;
        var category = VietnameseText.Clean(input.Category);
        if (string.IsNullOrEmpty(category)) errors.Add("category", "required", "Hãy chọn loại phản ánh.");
        var beforeDescription = errors.Count;
        var description = errors.Text("description", input.Description, MaxDescription, "Nội dung phản ánh", required: true);
        if (description is { Length: < 10 } && errors.Count == beforeDescription)
            errors.Add("description", "too_short", "Nội dung phản ánh quá ngắn: hãy mô tả ít nhất 10 ký tự.");
        var street = errors.Text("street", input.Street, 200, "Tên đường, địa điểm");
        var house = errors.Text("houseNumber", input.HouseNumber, 50, "Số nhà");

        if (input.Latitude is null != input.Longitude is null)
            errors.Add(input.Latitude is null ? "latitude" : "longitude", "incomplete", "Tọa độ cần đủ cả vĩ độ và kinh độ.");
        else if (input.Latitude is { } lat && input.Longitude is { } lon
                 && (!double.IsFinite(lat) || !double.IsFinite(lon) || !Geo.InVietnam(lat, lon)))
            errors.Add("latitude", "outside_vietnam", "Tọa độ nằm ngoài lãnh thổ Việt Nam.");
        if (string.IsNullOrEmpty(street) && input.Latitude is null)
            errors.Add("street", "required", "Hãy ghi tên đường, địa điểm (hoặc cho phép lấy vị trí).");

        string? name = null, phone = null;
        if (!input.Anonymous)
        {
            name = errors.Text("reporterName", input.ReporterName, 100, "Họ tên người phản ánh", required: phoneRequired);
            phone = VietnameseText.Clean(input.ReporterPhone)?.Replace(" ", "").Replace(".", "");
            if (string.IsNullOrEmpty(phone))
            {
                phone = null;
                if (phoneRequired) errors.Add("reporterPhone", "required", "Số điện thoại không được để trống (hoặc chọn gửi ẩn danh).");
            }
            else if (!Phone().IsMatch(phone)) errors.Add("reporterPhone", "invalid", "Số điện thoại không hợp lệ (ví dụ 0912345678).");
        }
        return errors.Count > before ? null
            : new CheckedReport(category!, input.NeighbourhoodId, street ?? "", house, input.Latitude, input.Longitude, description!, name, phone);
    }

    [GeneratedRegex(@"^(\+84|0)\d{9,10}$")]
    private static partial Regex Phone();
}
