using System.Globalization;
using System.Text.Json.Nodes;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// The body of POST /plans from the importer's draft and the person's corrections, and the way back: the
/// service's field names ("targets[2].value") mapped to the form's rows (removed rows shift the indexes).
/// Field names here are the form's rows too ("phases[3].ends" is the fourth row of the form).
/// </summary>
public sealed class PlanReviewBody
{
    private const string DateHint = "nhập ngày có thật theo dạng ngày/tháng/năm (ví dụ 30/05/2026).";

    public JsonObject Body { get; } = [];
    public Dictionary<string, string> Errors { get; } = [];
    // Per list the service receives: the form row each sent item came from.
    private readonly Dictionary<string, List<int>> _rows = new()
    {
        ["legalBases"] = [], ["themes"] = [], ["phases"] = [], ["targets"] = [], ["awardQuotas"] = [],
    };

    public static PlanReviewBody Build(JsonObject draft, PlanReview review)
    {
        var result = new PlanReviewBody();
        var body = result.Body;
        foreach (var (name, value) in draft)
            if (name is not ("unread" or "sourceText" or "figures" or "legalBases" or "themes" or "phases" or "targets" or "awardQuotas")) body[name] = value?.DeepClone();

        body["number"] = review.Number;
        body["place"] = review.Place;
        body["title"] = review.Title;
        body["signerTitle"] = review.SignerTitle;
        body["signerName"] = review.SignerName;
        result.Date(body, "issuedOn", "issuedOn", review.IssuedOn, "Ngày ban hành");
        result.Date(body, "periodStart", "periodStart", review.PeriodStart, "Ngày bắt đầu");
        result.Date(body, "periodEnd", "periodEnd", review.PeriodEnd, "Ngày kết thúc");
        result.Date(body, "midTermReview", "midTermReview", review.MidTermReview, "Ngày sơ kết");
        result.Date(body, "finalReview", "finalReview", review.FinalReview, "Ngày tổng kết");

        body["legalBases"] = result.List(draft, "legalBases", review.LegalBases, b => b.Source, b => b.Remove,
            b => string.IsNullOrWhiteSpace(b.Text) && string.IsNullOrWhiteSpace(b.PlanNumber), LegalBasis);
        body["themes"] = result.List(draft, "themes", review.Themes, _ => null, t => t.Remove,
            t => string.IsNullOrWhiteSpace(t.Number) && string.IsNullOrWhiteSpace(t.Title),
            (_, node, t) => (node["number"], node["title"]) = (t.Number, t.Title));
        body["phases"] = result.List(draft, "phases", review.Phases, p => p.Source, p => p.Remove, IsBlank, result.Phase);
        body["targets"] = result.List(draft, "targets", review.Targets, t => t.Source, t => t.Remove,
            t => t.Source is null && string.IsNullOrWhiteSpace(t.Text), result.Target);
        if (body["targets"] is JsonArray { Count: 0 } && !review.NoTargetsConfirmed)
            result.Errors["targets"] = "Kế hoạch chưa có chỉ tiêu nào. Nếu kế hoạch đúng là không có chỉ tiêu, hãy đánh dấu ô “Kế hoạch này không có chỉ tiêu” rồi xác nhận lại.";
        body["awardQuotas"] = result.List(draft, "awardQuotas", review.Quotas, q => q.Source, q => q.Remove,
            q => q.Source is null && string.IsNullOrWhiteSpace(q.MaxCount), result.Quota);
        return result;
    }

    /// <summary>The service's field errors under the form's row numbers.</summary>
    public void AddServiceErrors(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
            Errors[ToRow(field)] = message;
    }

    private string ToRow(string field)
    {
        var open = field.IndexOf('[');
        var close = field.IndexOf(']');
        if (open < 1 || close <= open + 1 || !_rows.TryGetValue(field[..open], out var rows)) return field;
        return int.TryParse(field[(open + 1)..close], NumberStyles.None, CultureInfo.InvariantCulture, out var sent) && sent < rows.Count
            ? $"{field[..open]}[{rows[sent]}]{field[(close + 1)..]}" : field;
    }

    /// <summary>
    /// The rows kept (neither removed nor blank), each written onto a copy of the drafted item it came from, so what
    /// the form does not edit rides along; the sent index → form row is remembered for the service's errors.
    /// </summary>
    private JsonArray List<TRow>(JsonObject draft, string name, List<TRow> form, Func<TRow, int?> source, Func<TRow, bool> removed,
        Func<TRow, bool> blank, Action<string, JsonObject, TRow> write)
    {
        var drafted = draft[name] as JsonArray ?? [];
        var sent = new JsonArray();
        for (var row = 0; row < form.Count; row++)
        {
            var item = form[row];
            if (removed(item) || blank(item)) continue;
            var node = source(item) is { } i && i >= 0 && i < drafted.Count && drafted[i] is JsonObject original
                ? (JsonObject)original.DeepClone() : [];
            write($"{name}[{row}]", node, item);
            sent.Add(node);
            _rows[name].Add(row);
        }
        return sent;
    }

    // A cited plan's number makes the basis cite a plan; clearing it un-cites a plan, but keeps another document's citation.
    private static void LegalBasis(string at, JsonObject node, LegalBasisRow row)
    {
        node["text"] = row.Text;
        var number = row.PlanNumber?.Trim();
        var citedPlan = node["documentKind"]?.GetValue<string>() == PlanReviewForm.PlanKind;
        if (!string.IsNullOrEmpty(number))
        {
            if (!citedPlan) node["documentDate"] = null;
            (node["documentKind"], node["documentNumber"]) = (PlanReviewForm.PlanKind, number);
        }
        else if (citedPlan)
            (node["documentKind"], node["documentNumber"], node["documentDate"]) = ((JsonNode?)null, (JsonNode?)null, (JsonNode?)null);
    }

    private static bool IsBlank(PhaseRow p) => p.Source is null && new[] { p.ThemeNumber, p.Number, p.Title, p.Starts, p.Ends, p.Outputs }.All(string.IsNullOrWhiteSpace);

    private void Phase(string at, JsonObject node, PhaseRow row)
    {
        node["themeNumber"] = string.IsNullOrWhiteSpace(row.ThemeNumber) ? null : row.ThemeNumber;
        node["number"] = Whole($"{at}.number", row.Number, "Số giai đoạn phải là số nguyên (ví dụ 2).");
        node["title"] = string.IsNullOrWhiteSpace(row.Title) ? null : row.Title;
        Date(node, "starts", $"{at}.starts", row.Starts, "Ngày bắt đầu giai đoạn");
        Date(node, "ends", $"{at}.ends", row.Ends, "Hạn của giai đoạn");
        node["expectedOutputs"] = new JsonArray([.. (row.Outputs ?? "").Split('\n')
            .Select(line => line.Trim()).Where(line => line.Length > 0).Select(line => (JsonNode)JsonValue.Create(line))]);
    }

    private void Target(string at, JsonObject node, TargetRow row)
    {
        node["text"] = row.Text;
        node["kind"] = string.IsNullOrWhiteSpace(row.Kind) ? null : row.Kind;
        node["unit"] = row.Unit ?? "";
        node["ownerUnit"] = string.IsNullOrWhiteSpace(row.OwnerUnit) ? null : row.OwnerUnit;
        node["value"] = Amount($"{at}.value", row.Value, "Giá trị chỉ tiêu phải là một số (ví dụ 95 hoặc 12,5).");
        node["upperValue"] = Amount($"{at}.upperValue", row.UpperValue, "Giá trị cận trên phải là một số (ví dụ 75 hoặc 12,5).");
        node["baselineYear"] = Whole($"{at}.baselineYear", row.BaselineYear, "Năm so sánh phải là một năm (ví dụ 2025).");
        node["outOf"] = Whole($"{at}.outOf", row.OutOf, "Tổng số đơn vị xếp hạng phải là số nguyên (ví dụ 95).");
        Date(node, "deadline", $"{at}.deadline", row.Deadline, "Thời hạn chỉ tiêu");
        // Blank is "Nhập tay"; anything else goes as chosen, for the plans service to check.
        node["source"] = string.IsNullOrWhiteSpace(row.DataSource) ? null : row.DataSource.Trim();
    }

    /// <summary>A quota as corrected; one added on review says so in its sentence, since the document has none.</summary>
    private void Quota(string at, JsonObject node, QuotaEditRow row)
    {
        node["awardForm"] = string.IsNullOrWhiteSpace(row.AwardForm) ? null : row.AwardForm.Trim();
        node["recipientKind"] = string.IsNullOrWhiteSpace(row.RecipientKind) ? null : row.RecipientKind.Trim();
        node["occasion"] = string.IsNullOrWhiteSpace(row.Occasion) ? null : row.Occasion.Trim();
        var count = Whole($"{at}.maxCount", row.MaxCount, "Số lượng tối đa phải là số nguyên (ví dụ 4).");
        if (count is < 1) Errors[$"{at}.maxCount"] = "Số lượng tối đa phải là số nguyên từ 1 trở lên.";
        node["maxCount"] = count;
        if (node["text"] is null)
            node["text"] = $"Thêm khi rà soát: {QuotaLabels.AwardForm(row.AwardForm)}, tối đa {row.MaxCount?.Trim()} {QuotaLabels.Recipient(row.RecipientKind)}, {QuotaLabels.Occasion(row.Occasion)}.";
    }

    private decimal? Amount(string field, string? text, string message)
    {
        var raw = text?.Trim() ?? "";
        if (raw.Length == 0) return null;
        if (decimal.TryParse(raw.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        Errors[field] = message;
        return null;
    }

    private int? Whole(string field, string? text, string message)
    {
        var raw = text?.Trim() ?? "";
        if (raw.Length == 0) return null;
        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        Errors[field] = message;
        return null;
    }

    private void Date(JsonObject node, string property, string field, string? text, string label)
    {
        if (VietnamDates.TryRead(text, out var date)) node[property] = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        else Errors[field] = $"{label} không hợp lệ: {DateHint}";
    }
}
