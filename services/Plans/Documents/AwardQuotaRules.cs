using System.Text.RegularExpressions;
using WardPlatform.Http;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Documents;

/// <summary>
/// Checks the plan's award quotas: a kind of recipient the commendations service knows, a count of at least one, an
/// occasion it knows (or none), an award form written as its code ("giay-khen"), and the sentence it was read from.
/// </summary>
public static partial class AwardQuotaRules
{
    public static readonly string[] RecipientKinds = ["collective", "individual", "household"];
    public static readonly string[] Occasions = ["annual", "midterm", "final"];

    public static List<PlanAwardQuota> Read(FieldErrors errors, IReadOnlyList<AwardQuotaInput?>? inputs)
    {
        var quotas = new List<PlanAwardQuota>();
        if (inputs is null || errors.TooMany("awardQuotas", inputs, "Số lượng khen thưởng")) return quotas;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is not { } input) continue;
            var at = $"awardQuotas[{i}]";
            var before = errors.Count;
            var form = errors.Text($"{at}.awardForm", input.AwardForm, PlanLimits.Code, "Hình thức khen thưởng");
            if (form is not null && !FormCode().IsMatch(form))
                errors.Add($"{at}.awardForm", "invalid_award_form", "Hình thức khen thưởng ghi bằng mã, ví dụ “giay-khen”.");
            if (input.RecipientKind is not { } kind || !RecipientKinds.Contains(kind))
                errors.Add($"{at}.recipientKind", "invalid_recipient_kind", "Đối tượng khen thưởng phải là tập thể (collective), cá nhân (individual) hoặc hộ gia đình (household).");
            if (input.MaxCount is not (>= 1 and <= 100_000))
                errors.Add($"{at}.maxCount", "invalid_max_count", "Số lượng tối đa phải là số nguyên từ 1 trở lên.");
            if (input.Occasion is { } occasion && !Occasions.Contains(occasion))
                errors.Add($"{at}.occasion", "invalid_occasion", "Dịp khen thưởng phải là hằng năm (annual), sơ kết (midterm) hoặc tổng kết (final).");
            var text = errors.Text($"{at}.text", input.Text, PlanLimits.Paragraph, "Câu ghi số lượng khen thưởng", required: true);
            if (errors.Count > before) continue;
            quotas.Add(new PlanAwardQuota
            {
                Position = quotas.Count, AwardForm = form, RecipientKind = input.RecipientKind!, MaxCount = input.MaxCount!.Value,
                Occasion = input.Occasion, Text = text!,
            });
        }
        return quotas;
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex FormCode();
}
