using WardPlatform.Http;
using WardPlatform.Plans.Data;
using WardPlatform.Plans.Importing;

namespace WardPlatform.Plans.Documents;

/// <summary>
/// Checks one confirmed target: no negative value; a share, ceiling, reduction, range or stage in "%" at most 100;
/// a range's lower bound at most its upper; staged thresholds rising (never falling) on strictly later dates;
/// a split whose shares add up to the total; a rank within the number ranked; a source the platform computes.
/// </summary>
public static class TargetRules
{
    public static PlanTarget? Read(FieldErrors errors, string field, TargetInput input, int? planYear, Guid targetId)
    {
        var before = errors.Count;
        var text = errors.Text($"{field}.text", input.Text, PlanLimits.Paragraph, "Nội dung chỉ tiêu", required: true);
        var unit = errors.Text($"{field}.unit", input.Unit, PlanLimits.Unit, "Đơn vị tính", required: true);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add($"{field}.kind", "required", "Chưa chọn loại chỉ tiêu.");
            return null;
        }
        if (input.Value is not { } value)
        {
            errors.Add($"{field}.value", "required", "Chưa nhập giá trị chỉ tiêu.");
            return null;
        }
        var percent = unit == "%";
        Amount(errors, $"{field}.value", value, percent, "Giá trị chỉ tiêu");
        if (input.UpperValue is { } upper) Amount(errors, $"{field}.upperValue", upper, percent, "Giá trị cận trên");

        if (kind == TargetKind.Range)
        {
            if (input.UpperValue is not { } upperValue)
                errors.Add($"{field}.upperValue", "required", "Chỉ tiêu dạng khoảng cần giá trị cận trên.");
            else if (value > upperValue)
                errors.Add($"{field}.upperValue", "range_reversed", $"Cận dưới ({value}) lớn hơn cận trên ({upperValue}).");
        }
        if (kind == TargetKind.Rank)
        {
            if (value < 1 || value != decimal.Truncate(value))
                errors.Add($"{field}.value", "invalid_rank", "Thứ hạng phải là số nguyên từ 1 trở lên.");
            if (input.OutOf is { } outOf && outOf < value)
                errors.Add($"{field}.outOf", "rank_out_of_range", $"Thứ hạng {value} vượt quá tổng số {outOf} đơn vị được xếp hạng.");
        }
        if (input.OutOf is < 1) errors.Add($"{field}.outOf", "negative_value", "Tổng số đơn vị xếp hạng phải từ 1 trở lên.");
        if (input.BaselineYear is { } year && year is < 1900 or > 2200)
            errors.Add($"{field}.baselineYear", "invalid_year", "Năm so sánh không hợp lệ.");

        var stages = Stages(errors, field, input.Stages, percent, planYear);
        if (kind == TargetKind.Staged && input.Stages is not { Count: > 0 })
            errors.Add($"{field}.stages", "required", "Chỉ tiêu theo mốc cần ít nhất một mốc.");
        var split = Split(errors, field, input.Split, value, kind);

        var themeNumber = errors.Text($"{field}.themeNumber", input.ThemeNumber, PlanLimits.Code, "Số nội dung thi đua");
        var ownerUnit = errors.Text($"{field}.ownerUnit", input.OwnerUnit, PlanLimits.Short, "Đơn vị chủ trì");
        var ownerPerson = errors.Text($"{field}.ownerPerson", input.OwnerPerson, PlanLimits.Short, "Người phụ trách");
        var source = TargetSourceRule.Read(errors, field, input, kind, unit);
        if (errors.Count > before) return null;

        return new PlanTarget
        {
            TargetId = targetId, Text = text!, Kind = kind, Value = value, Unit = unit!, UpperValue = input.UpperValue,
            BaselineYear = input.BaselineYear, OutOf = input.OutOf, ThemeNumber = themeNumber, OwnerUnit = ownerUnit,
            OwnerPerson = ownerPerson, Deadline = input.Deadline, Stages = stages, Split = split, Source = source,
        };
    }

    private static void Amount(FieldErrors errors, string field, decimal value, bool percent, string label)
    {
        if (value < 0)
            errors.Add(field, "negative_value", $"{label} không được âm.");
        else if (percent && value > 100)
            errors.Add(field, "over_100_percent", $"{label} tính theo % không được vượt quá 100%.");
    }

    private static List<PlanTargetStage> Stages(FieldErrors errors, string field, IReadOnlyList<StageInput?>? inputs, bool percent, int? planYear)
    {
        var stages = new List<PlanTargetStage>();
        if (inputs is null || errors.TooMany($"{field}.stages", inputs, "Mốc chỉ tiêu")) return stages;
        for (var i = 0; i < inputs.Count; i++)
        {
            var at = $"{field}.stages[{i}]";
            if (inputs[i] is not { } input) continue;
            if (input.Value is not { } value)
            {
                errors.Add($"{at}.value", "required", "Chưa nhập giá trị của mốc.");
                continue;
            }
            Amount(errors, $"{at}.value", value, percent, "Giá trị của mốc");
            if (Due(errors, at, input, planYear) is not { } due) continue;
            if (stages.Count > 0 && value < stages[^1].Value)
                errors.Add($"{at}.value", "stage_decreasing", $"Giá trị mốc sau ({value}) không được thấp hơn mốc trước ({stages[^1].Value}).");
            if (stages.Count > 0 && due <= stages[^1].Due)
                errors.Add($"{at}.due", "stage_dates_not_increasing", $"Hạn của mốc sau ({due:dd/MM/yyyy}) phải muộn hơn mốc trước ({stages[^1].Due:dd/MM/yyyy}).");
            stages.Add(new PlanTargetStage { Position = stages.Count, Value = value, Due = due });
        }
        return stages;
    }

    // The importer reads "trước ngày 30/11" as day and month; the year is the plan's own.
    private static DateOnly? Due(FieldErrors errors, string at, StageInput input, int? planYear)
    {
        if (input.Due is { } due) return due;
        if (input is not { Day: { } day, Month: { } month })
        {
            errors.Add($"{at}.due", "required", "Chưa nhập hạn của mốc.");
            return null;
        }
        if (planYear is not { } year)
        {
            errors.Add($"{at}.due", "year_unknown", "Không biết năm của mốc: nhập ngày ban hành, thời gian thực hiện, hoặc hạn đầy đủ của mốc.");
            return null;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            errors.Add($"{at}.due", "invalid_date", $"Ngày {day}/{month}/{year} không tồn tại.");
            return null;
        }
        return new DateOnly(year, month, day);
    }

    private static List<PlanTargetShare> Split(FieldErrors errors, string field, IReadOnlyList<ShareInput?>? inputs, decimal total, TargetKind kind)
    {
        var shares = new List<PlanTargetShare>();
        if (inputs is null || errors.TooMany($"{field}.split", inputs, "Phân bổ chỉ tiêu")) return shares;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is not { } input) continue;
            var unit = errors.Text($"{field}.split[{i}].unit", input.Unit, PlanLimits.Short, "Đơn vị được phân bổ", required: true);
            if (input.Value is not { } value)
                errors.Add($"{field}.split[{i}].value", "required", "Chưa nhập số được phân bổ.");
            else if (value < 0)
                errors.Add($"{field}.split[{i}].value", "negative_value", "Số được phân bổ không được âm.");
            else if (unit is not null)
                shares.Add(new PlanTargetShare { Position = shares.Count, Unit = unit, Value = value });
        }
        if (kind == TargetKind.SplitCount && inputs.Count == 0)
            errors.Add($"{field}.split", "required", "Chỉ tiêu phân bổ cần danh sách đơn vị.");
        else if (shares.Count == inputs.Count(s => s is not null) && shares.Count > 0 && shares.Sum(s => s.Value) != total)
            errors.Add($"{field}.split", "split_sum_mismatch", $"Tổng phân bổ ({shares.Sum(s => s.Value)}) khác tổng chỉ tiêu ({total}).");
        return shares;
    }
}
