using System.Globalization;
using System.Text.Json;
using WardPlatform.Plans.Importing;

namespace WardPlatform.Tests.Plans.Corpus;

/// <summary>
/// One document's draft against its expected structure (the ".expected.json" beside it), field by field: found (as
/// expected), wrong (another value), missed (expected, not read), invented (read where the document has nothing).
/// Scalars, section item counts, targets (matched by kind, value and unit; their owner, bound, out-of and split compared),
/// award quotas, and the messages of what could not be read and the facts kept as context.
/// </summary>
public sealed class CorpusScore
{
    public int Found { get; private set; }
    public int Wrong { get; private set; }
    public int Missed { get; private set; }
    public int Invented { get; private set; }
    public List<string> Notes { get; } = [];

    public static CorpusScore Of(PlanDraft draft, JsonElement expected)
    {
        var score = new CorpusScore();
        score.Scalar("number", draft.Number, expected);
        score.Scalar("place", draft.Place, expected);
        score.Scalar("issuedOn", Day(draft.IssuedOn), expected);
        score.Scalar("title", draft.Title, expected);
        score.Scalar("periodStart", Day(draft.PeriodStart), expected);
        score.Scalar("periodEnd", Day(draft.PeriodEnd), expected);
        score.Scalar("midTermReview", Day(draft.MidTermReview), expected);
        score.Scalar("finalReview", Day(draft.FinalReview), expected);
        score.Scalar("signerTitle", draft.SignerTitle, expected);
        score.Scalar("signerName", draft.SignerName, expected);
        if (expected.TryGetProperty("sections", out var sections))
        {
            var s = draft.Sections;
            var counts = new Dictionary<string, int>
            {
                ["purposes"] = s.Purposes.Count, ["requirements"] = s.Requirements.Count, ["subjects"] = s.Subjects.Count, ["scope"] = s.Scope.Count,
                ["period"] = s.Period.Count, ["awardForms"] = s.AwardForms.Count, ["funding"] = s.Funding.Count, ["assignments"] = s.Assignments.Count,
            };
            foreach (var section in sections.EnumerateObject())
                score.Count($"sections.{section.Name}", counts[section.Name], section.Value.GetInt32());
        }
        score.Targets(draft.Targets, expected.GetProperty("targets"));
        score.Quotas(draft.AwardQuotas ?? [], expected.GetProperty("awardQuotas"));
        foreach (var message in Strings(expected, "unread"))
            score.Mark(draft.Unread.Any(u => u.Contains(message, StringComparison.Ordinal)), $"unread “{message}”");
        foreach (var fact in Strings(expected, "context"))
            score.Mark(draft.Figures?.Any(f => f.ReadAs.StartsWith("Bối cảnh") && f.Text.Contains(fact, StringComparison.Ordinal)) == true, $"context “{fact}”");
        return score;
    }

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(x => x.GetString()!) : [];

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Scalar(string field, string? actual, JsonElement expected)
    {
        var want = expected.TryGetProperty(field, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        if (want is null && actual is null) return;
        if (want is null) { Invented++; Notes.Add($"invented {field} = “{actual}”"); }
        else if (actual is null) { Missed++; Notes.Add($"missed {field} (expected “{want}”)"); }
        else if (want != actual) { Wrong++; Notes.Add($"wrong {field}: “{actual}”, expected “{want}”"); }
        else Found++;
    }

    private void Count(string field, int actual, int want)
    {
        if (actual == want) Found++;
        else if (want == 0) { Invented++; Notes.Add($"invented {field}: {actual} items"); }
        else if (actual == 0) { Missed++; Notes.Add($"missed {field} (expected {want} items)"); }
        else { Wrong++; Notes.Add($"wrong {field}: {actual} items, expected {want}"); }
    }

    private void Mark(bool found, string what)
    {
        if (found) Found++;
        else { Missed++; Notes.Add($"missed {what}"); }
    }

    private void Targets(IReadOnlyList<TargetDraft> actual, JsonElement expected)
    {
        var left = actual.ToList();
        foreach (var want in expected.EnumerateArray())
        {
            var kind = want.GetProperty("kind").GetString();
            var value = want.GetProperty("value").GetDecimal();
            var unit = want.GetProperty("unit").GetString();
            var match = left.FirstOrDefault(t => t.Kind.ToString() == kind && t.Value == value && t.Unit == unit);
            if (match is null) { Missed++; Notes.Add($"missed target {kind} {value} {unit}"); continue; }
            left.Remove(match);
            var problems = new List<string>();
            if (Str(want, "ownerUnit") != match.OwnerUnit) problems.Add($"owner “{match.OwnerUnit}” ≠ “{Str(want, "ownerUnit")}”");
            if (Dec(want, "upperValue") != match.UpperValue) problems.Add($"upper {match.UpperValue} ≠ {Dec(want, "upperValue")}");
            if ((int?)Dec(want, "outOf") != match.OutOf) problems.Add($"out of {match.OutOf} ≠ {Dec(want, "outOf")}");
            if ((int?)Dec(want, "baselineYear") is { } year && year != match.BaselineYear) problems.Add($"baseline {match.BaselineYear} ≠ {year}");
            if (want.TryGetProperty("split", out var split))
            {
                var shares = split.EnumerateArray().Select(s => (s[0].GetString()!, s[1].GetDecimal())).ToList();
                var read = match.Split?.Select(s => (s.Unit, s.Value)).ToList() ?? [];
                if (!shares.SequenceEqual(read)) problems.Add($"split [{string.Join("; ", read)}] ≠ [{string.Join("; ", shares)}]");
            }
            if (problems.Count == 0) Found++;
            else { Wrong++; Notes.Add($"wrong target {kind} {value} {unit}: {string.Join(", ", problems)}"); }
        }
        foreach (var extra in left) { Invented++; Notes.Add($"invented target {extra.Kind} {extra.Value} {extra.Unit}: “{extra.Text}”"); }
    }

    private void Quotas(IReadOnlyList<WardPlatform.Contracts.Events.PlannedAwardQuota> actual, JsonElement expected)
    {
        var left = actual.ToList();
        foreach (var want in expected.EnumerateArray())
        {
            var match = left.FirstOrDefault(q => q.AwardForm == Str(want, "awardForm") && q.RecipientKind == Str(want, "recipientKind")
                && q.MaxCount == want.GetProperty("maxCount").GetInt32());
            if (match is null) { Missed++; Notes.Add($"missed quota {want}"); continue; }
            left.Remove(match);
            if (match.Occasion == Str(want, "occasion")) Found++;
            else { Wrong++; Notes.Add($"wrong quota occasion “{match.Occasion}” for {want}"); }
        }
        foreach (var extra in left) { Invented++; Notes.Add($"invented quota {extra}"); }
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Dec(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
}
