using WardPlatform.Http;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Documents;

/// <summary>
/// What a plan's text may hold: any prose (quotes, semicolons and parentheses are everyday in official
/// documents), trimmed and NFC, but no markup tags ("&lt;script&gt;") and no SQL comment markers ("--", "/*"),
/// which never occur in a plan and would only reach the web front or a report as someone's probe.
/// </summary>
public static class PlanTextRules
{
    /// <summary>A list of paragraphs: blank items are dropped, each other item is checked as free text (<see cref="FreeText"/>).</summary>
    public static List<string> Items(this FieldErrors errors, string field, IReadOnlyList<string?>? values, string label,
        int maxLength = PlanLimits.Paragraph)
    {
        var items = new List<string>();
        if (values is null) return items;
        if (values.Count > PlanLimits.Items)
        {
            errors.Add(field, "too_many", $"{label}: tối đa {PlanLimits.Items} mục.");
            return items;
        }
        for (var i = 0; i < values.Count; i++)
            if (errors.Text($"{field}[{i}]", values[i], maxLength, label) is { } item) items.Add(item);
        return items;
    }

    /// <summary>A list of objects: refused when too long, null items skipped.</summary>
    public static bool TooMany<T>(this FieldErrors errors, string field, IReadOnlyList<T>? values, string label)
    {
        if (values is null || values.Count <= PlanLimits.Items) return false;
        errors.Add(field, "too_many", $"{label}: tối đa {PlanLimits.Items} mục.");
        return true;
    }

}
