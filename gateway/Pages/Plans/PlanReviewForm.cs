using System.Text.Json;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>The review form filled from the importer's draft, with one blank row per list for a person to add one.</summary>
public static class PlanReviewForm
{
    public const string PlanKind = "Kế hoạch";

    public static PlanReview Of(JsonElement draft)
    {
        var review = new PlanReview
        {
            Number = draft.Str("number"), Place = draft.Str("place"), IssuedOn = VietnamDates.Show(draft, "issuedOn"),
            Title = draft.Str("title"), PeriodStart = VietnamDates.Show(draft, "periodStart"), PeriodEnd = VietnamDates.Show(draft, "periodEnd"),
            MidTermReview = VietnamDates.Show(draft, "midTermReview"), FinalReview = VietnamDates.Show(draft, "finalReview"),
            SignerTitle = draft.Str("signerTitle"), SignerName = draft.Str("signerName"),
            LegalBases = [.. draft.Items("legalBases").Select((b, i) => new LegalBasisRow
            {
                Source = i, Text = b.Str("text"), PlanNumber = b.Str("documentKind") == PlanKind ? b.Str("documentNumber") : null,
            })],
            Themes = [.. draft.Items("themes").Select(t => new ThemeRow { Number = t.Str("number"), Title = t.Str("title") })],
            Phases = [.. draft.Items("phases").Select((p, i) => new PhaseRow
            {
                Source = i, ThemeNumber = p.Str("themeNumber"), Number = p.Str("number"), Title = p.Str("title"),
                Starts = VietnamDates.Show(p, "starts"), Ends = VietnamDates.Show(p, "ends"), Outputs = string.Join("\n", p.Strings("expectedOutputs")),
            })],
            Targets = [.. draft.Items("targets").Select((t, i) => new TargetRow
            {
                Source = i, Text = t.Str("text"), Kind = t.Str("kind"), Value = JsonValues.Show(t.Num("value")), Unit = t.Str("unit"),
                OwnerUnit = t.Str("ownerUnit"), Deadline = VietnamDates.Show(t, "deadline"), BaselineYear = t.Str("baselineYear"),
                UpperValue = JsonValues.Show(t.Num("upperValue")), OutOf = t.Str("outOf"), DataSource = PlanLabels.SourceChoice(t.Str("source")),
            })],
            Quotas = [.. draft.Items("awardQuotas").Select((q, i) => new QuotaEditRow
            {
                Source = i, AwardForm = q.Str("awardForm"), RecipientKind = q.Str("recipientKind"), MaxCount = JsonValues.Show(q.Num("maxCount")),
                Occasion = q.Str("occasion"),
            })],
        };
        review.LegalBases.Add(new LegalBasisRow());
        review.Themes.Add(new ThemeRow());
        review.Phases.Add(new PhaseRow());
        review.Targets.Add(new TargetRow());
        review.Quotas.Add(new QuotaEditRow());
        Describe(draft, review);
        return review;
    }

    /// <summary>Fills what the form shows but does not post: each drafted target's stages and split, each quota's sentence.</summary>
    public static void Describe(JsonElement draft, PlanReview review)
    {
        var quotas = draft.Items("awardQuotas").ToList();
        foreach (var row in review.Quotas)
            if (row.Source is { } q && q >= 0 && q < quotas.Count) row.Text = quotas[q].Str("text");
        var drafted = draft.Items("targets").ToList();
        var year = PlanYear(review);
        foreach (var row in review.Targets)
            if (row.Source is { } i && i >= 0 && i < drafted.Count)
                (row.Stages, row.Split, row.Line, row.OwnerWritten) = (TargetSummary.Stages(drafted[i], row.Unit, year), TargetSummary.Split(drafted[i]),
                    drafted[i].Num("line") is { } line ? (int)line : null, drafted[i].Str("ownerWritten") is { Length: > 0 } w ? w : null);
    }

    public static List<FigureRow> Figures(JsonElement draft) =>
        [.. draft.Items("figures").Select(f => new FigureRow((int)(f.Num("line") ?? 0), f.Str("section"), f.Str("text"), f.Str("readAs")))];

    /// <summary>
    /// The form field an error is about, by the name of its input ("targets[2].value" → "Review.Targets[2].Value"), for the
    /// list of errors to link to it; an error of a part shown read-only (a target's stages or split) leads to its row's text.
    /// </summary>
    public static string FieldName(string error)
    {
        var parts = error.Split('.');
        string Pascal(string part) => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..];
        var list = parts[0].Replace("awardQuotas[", "quotas[");
        if (parts.Length == 1) return "Review." + Pascal(list);
        var name = parts[1];
        var field = name.StartsWith("expectedOutputs") ? "Outputs"
            : name == "documentNumber" ? "PlanNumber"
            : name == "documentKind" || name.StartsWith("stages") || name.StartsWith("split") ? "Text"
            : name == "source" ? "DataSource"
            : Pascal(name);
        return $"Review.{Pascal(list)}.{field}";
    }

    /// <summary>What the draft says it could not read of the period and review dates, to show beside those fields.</summary>
    public static List<string> PeriodNotes(IEnumerable<string> unread) =>
        [.. unread.Where(u => u.Contains("thời gian thực hiện", StringComparison.OrdinalIgnoreCase) || u.StartsWith("Ngày bắt đầu")
            || u.StartsWith("Ngày kết thúc") || u.StartsWith("Ngày sơ kết") || u.StartsWith("Ngày tổng kết"))];

    /// <summary>The year a stage's "30/11" falls in, as the plans service takes it: the plan's first known date.</summary>
    private static int? PlanYear(PlanReview review) =>
        new[] { review.PeriodStart, review.IssuedOn, review.MidTermReview, review.FinalReview, review.PeriodEnd }
            .Select(text => VietnamDates.TryRead(text, out var date) ? date : null)
            .FirstOrDefault(date => date is not null)?.Year;
}
