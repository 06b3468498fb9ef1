using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Plans.Importing;

namespace WardPlatform.Plans.Documents;

/// <summary>
/// A target's source: typed in by hand (null or "Manual", stored as null) or one of <see cref="ComputedTargetSources"/>.
/// A computed value is a share or a count, so only a ShareToReach or Count target may be computed; a share in "%"
/// needs the number it is a share of (OutOf: the province's wards).
/// </summary>
public static class TargetSourceRule
{
    public static string? Read(FieldErrors errors, string field, TargetInput input, TargetKind kind, string? unit)
    {
        var source = VietnameseText.Clean(input.Source);
        if (string.IsNullOrEmpty(source) || source == ComputedTargetSources.Manual) return null;
        if (ComputedTargetSources.Find(source) is null)
        {
            var choices = string.Join("; ", ComputedTargetSources.All.Select(s => $"\"{s.Source}\" ({s.Label})"));
            errors.Add($"{field}.source", "unknown_source",
                $"Nguồn số liệu không hợp lệ: chọn \"{ComputedTargetSources.Manual}\" (nhập tay) hoặc {choices}.");
            return null;
        }
        if (kind is not (TargetKind.ShareToReach or TargetKind.Count))
            errors.Add($"{field}.source", "source_kind_mismatch",
                "Chỉ tiêu tính tự động phải là loại “Tỷ lệ cần đạt” hoặc “Số lượng”; chọn nguồn “Nhập tay” cho loại này.");
        else if (unit == "%" && input.OutOf is null)
            errors.Add($"{field}.outOf", "required",
                "Chỉ tiêu tỷ lệ tính tự động cần tổng số xã, phường để tính tỷ lệ (ô “Trong số”, ví dụ 95).");
        return source;
    }
}
