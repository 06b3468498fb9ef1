using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Plans.Importing;

namespace WardPlatform.Plans.Documents;

/// <summary>
/// A target's source: typed in by hand (null or "Manual", stored as null) or one of <see cref="ComputedTargetSources"/>.
/// Each source fits the kinds it names (<see cref="ComputedTargetSource.Kinds"/>): the plans issued as a share or a
/// count, reports on time as a share, verified incidents as a count or a reduction against the baseline year (which
/// the reduction must name). A share of a source that counts, in "%", needs the number it is a share of (OutOf).
/// </summary>
public static class TargetSourceRule
{
    public static string? Read(FieldErrors errors, string field, TargetInput input, TargetKind kind, string? unit)
    {
        var source = VietnameseText.Clean(input.Source);
        if (string.IsNullOrEmpty(source) || source == ComputedTargetSources.Manual) return null;
        if (ComputedTargetSources.Find(source) is not { } computed)
        {
            var choices = string.Join("; ", ComputedTargetSources.All.Select(s => $"\"{s.Source}\" ({s.Label})"));
            errors.Add($"{field}.source", "unknown_source",
                $"Nguồn số liệu không hợp lệ: chọn \"{ComputedTargetSources.Manual}\" (nhập tay) hoặc {choices}.");
            return null;
        }
        if (!computed.Kinds.Contains(kind.ToString()))
            errors.Add($"{field}.source", "source_kind_mismatch",
                $"Chỉ tiêu tính từ nguồn này phải là loại {computed.KindLabels}; chọn nguồn “Nhập tay” cho loại này.");
        else if (kind == TargetKind.Reduction && input.BaselineYear is null)
            errors.Add($"{field}.baselineYear", "required",
                "Chỉ tiêu kéo giảm tính tự động cần năm gốc để so sánh (ô “Năm so sánh”, ví dụ 2025).");
        else if (computed.CountsNeedOutOf && unit == "%" && input.OutOf is null)
            errors.Add($"{field}.outOf", "required",
                "Chỉ tiêu tỷ lệ tính tự động cần tổng số xã, phường để tính tỷ lệ (ô “Trong số”, ví dụ 95).");
        return source;
    }
}
