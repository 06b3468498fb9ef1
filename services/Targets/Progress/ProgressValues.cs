using WardPlatform.Http;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Progress;

/// <summary>What a plausible number is: never negative, a share at most 100%, anything at most 1,000,000.</summary>
public static class ProgressValues
{
    public const decimal Absurd = 1_000_000m;

    /// <returns>False when the value was refused.</returns>
    public static bool Check(FieldErrors errors, string field, decimal value, string? unit, string label, bool percentCapped = true)
    {
        if (value < 0)
            errors.Add(field, "negative", $"{label} không được âm.");
        else if (percentCapped && unit == "%" && value > 100)
            errors.Add(field, "absurd", $"{label} là tỷ lệ nên không được vượt quá 100%.");
        else if (value > Absurd)
            errors.Add(field, "absurd", $"{label} quá lớn (tối đa 1.000.000).");
        else
            return true;
        return false;
    }

    /// <summary>A progress value for this target: a reduction is reported as the measured level (not capped at 100), a rank as a whole place.</summary>
    public static void CheckReport(FieldErrors errors, Target target, decimal value)
    {
        if (!Check(errors, "value", value, target.Unit, "Giá trị báo cáo", percentCapped: target.Kind != TargetKind.Reduction)
            || target.Kind != TargetKind.Rank) return;
        if (value < 1 || value != decimal.Truncate(value) || value > (target.OutOf ?? int.MaxValue))
            errors.Add("value", "invalid_rank", $"Thứ hạng là số nguyên từ 1 đến {target.OutOf?.ToString() ?? "tổng số đơn vị"}.");
    }
}
