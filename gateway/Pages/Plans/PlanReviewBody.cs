using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// The body of POST /plans from the importer's draft and the person's corrections, and the way back: the
/// service's field names ("targets[2].value") mapped to the form's rows (removed rows shift the indexes).
/// </summary>
public sealed class PlanReviewBody
{
    public JsonObject Body { get; } = [];
    public Dictionary<string, string> Errors { get; } = [];
    private readonly List<int> _themeRows = [];
    private readonly List<int> _targetRows = [];

    public static PlanReview FormOf(JsonElement draft)
    {
        var review = new PlanReview
        {
            Number = draft.Str("number"), Place = draft.Str("place"), IssuedOn = VietnamDates.Show(draft, "issuedOn"),
            Title = draft.Str("title"), PeriodStart = VietnamDates.Show(draft, "periodStart"), PeriodEnd = VietnamDates.Show(draft, "periodEnd"),
            MidTermReview = VietnamDates.Show(draft, "midTermReview"), FinalReview = VietnamDates.Show(draft, "finalReview"),
            SignerTitle = draft.Str("signerTitle"), SignerName = draft.Str("signerName"),
            Themes = [.. draft.Items("themes").Select(t => new ThemeRow { Number = t.Str("number"), Title = t.Str("title") })],
            Targets = [.. draft.Items("targets").Select((t, i) => new TargetRow
            {
                Source = i, Text = t.Str("text"), Kind = t.Str("kind"), Value = JsonValues.Show(t.Num("value")), Unit = t.Str("unit"), OwnerUnit = t.Str("ownerUnit"),
            })],
        };
        review.Targets.Add(new TargetRow());
        return review;
    }

    public static PlanReviewBody Build(JsonObject draft, PlanReview review)
    {
        var result = new PlanReviewBody();
        var body = result.Body;
        foreach (var (name, value) in draft)
            if (name is not ("unread" or "sourceText" or "themes" or "targets")) body[name] = value?.DeepClone();

        body["number"] = review.Number;
        body["place"] = review.Place;
        body["title"] = review.Title;
        body["signerTitle"] = review.SignerTitle;
        body["signerName"] = review.SignerName;
        result.Date("issuedOn", review.IssuedOn, "Ngày ban hành");
        result.Date("periodStart", review.PeriodStart, "Ngày bắt đầu");
        result.Date("periodEnd", review.PeriodEnd, "Ngày kết thúc");
        result.Date("midTermReview", review.MidTermReview, "Ngày sơ kết");
        result.Date("finalReview", review.FinalReview, "Ngày tổng kết");

        var themes = new JsonArray();
        for (var row = 0; row < review.Themes.Count; row++)
        {
            var theme = review.Themes[row];
            if (theme.Remove || (string.IsNullOrWhiteSpace(theme.Number) && string.IsNullOrWhiteSpace(theme.Title))) continue;
            themes.Add(new JsonObject { ["number"] = theme.Number, ["title"] = theme.Title });
            result._themeRows.Add(row);
        }
        body["themes"] = themes;

        var drafted = draft["targets"] as JsonArray ?? [];
        var targets = new JsonArray();
        for (var row = 0; row < review.Targets.Count; row++)
        {
            var target = review.Targets[row];
            if (target.Remove || (target.Source is null && string.IsNullOrWhiteSpace(target.Text))) continue;
            var node = target.Source is { } i && i >= 0 && i < drafted.Count && drafted[i] is JsonObject original
                ? (JsonObject)original.DeepClone() : [];
            node["text"] = target.Text;
            node["kind"] = string.IsNullOrWhiteSpace(target.Kind) ? null : target.Kind;
            node["unit"] = target.Unit ?? "";
            node["ownerUnit"] = string.IsNullOrWhiteSpace(target.OwnerUnit) ? null : target.OwnerUnit;
            var raw = target.Value?.Trim() ?? "";
            if (raw.Length == 0) node["value"] = null;
            else if (decimal.TryParse(raw.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                node["value"] = value;
            else result.Errors[$"targets[{row}].value"] = "Giá trị chỉ tiêu phải là một số (ví dụ 95 hoặc 12,5).";
            targets.Add(node);
            result._targetRows.Add(row);
        }
        body["targets"] = targets;
        return result;
    }

    /// <summary>The service's field errors under the form's row numbers.</summary>
    public void AddServiceErrors(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
            Errors[ToRow(ToRow(field, "targets", _targetRows), "themes", _themeRows)] = message;
    }

    private static string ToRow(string field, string list, List<int> rows)
    {
        var prefix = list + "[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal)) return field;
        var end = field.IndexOf(']');
        return end > prefix.Length && int.TryParse(field[prefix.Length..end], out var sent) && sent < rows.Count
            ? $"{prefix}{rows[sent]}{field[end..]}" : field;
    }

    private void Date(string field, string? text, string label)
    {
        if (VietnamDates.TryRead(text, out var date)) Body[field] = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        else Errors[field] = $"{label} không hợp lệ: nhập ngày có thật theo dạng ngày/tháng/năm (ví dụ 30/05/2026).";
    }
}
