using System.Text.RegularExpressions;
using WardPlatform.Http;

namespace WardPlatform.Reports.Categories;

public sealed record CategoryRequest(string? Name, string? Unit, int? DeadlineDays, bool? Active);
public sealed record CategoryValues(string Name, string Unit, int DeadlineDays, bool Active);

/// <summary>The one check of a category's fields, for a ward's and a province's edits alike.</summary>
public static partial class CategoryChecks
{
    public const int MaxCode = 50;

    public static CategoryValues? Check(this FieldErrors errors, CategoryRequest request)
    {
        var before = errors.Count;
        var name = errors.Text("name", request.Name, 200, "Tên loại phản ánh", required: true);
        var unit = errors.Text("unit", request.Unit, 200, "Đơn vị xử lý", required: true);
        if (request.DeadlineDays is not (>= 1 and <= Category.MaxDeadlineDays))
            errors.Add("deadlineDays", "out_of_range", $"Thời hạn giải quyết từ 1 đến {Category.MaxDeadlineDays} ngày làm việc.");
        return errors.Count > before ? null : new(name!, unit!, request.DeadlineDays!.Value, request.Active ?? true);
    }

    /// <summary>A category's code: lowercase letters without diacritics, digits and single dashes ("pccc-nha-tro").</summary>
    public static FieldErrors CheckCode(this FieldErrors errors, string code)
    {
        if (code.Length > MaxCode || !CodeFormat().IsMatch(code))
            errors.Add("code", "invalid_code",
                $"Mã loại phản ánh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ lan-chiem (tối đa {MaxCode} ký tự).");
        return errors;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodeFormat();
}
