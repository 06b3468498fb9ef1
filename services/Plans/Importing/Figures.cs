using System.Text.RegularExpressions;

namespace WardPlatform.Plans.Importing;

/// <summary>
/// Whether a line states a figure the importer must account for: a percentage, a date (day/month, month/year,
/// "ngày … tháng …"), or a number that counts something. Not figures: the item's own numbering ("1.", "a)", "(2)"),
/// a bare year or span of years ("năm 2025", "2020 - 2025"), and document numbers ("39/CT-TTg", "05-NQ/TU").
/// </summary>
public static partial class Figures
{
    public static bool In(string line)
    {
        var text = ItemNumber().Replace(line, "");
        text = DocumentNumber().Replace(text, " ");
        text = Years().Replace(text, " ");
        return Percent().IsMatch(text) || Date().IsMatch(text) || Count().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:[-+•*]\s*)?(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s+")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"\b\d+[\w]*(?:\s*[-/]\s*[\p{Lu}Đ][\p{L}\-/.]*)+")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"(?<![\d/.,])(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?![\d/%])")]
    private static partial Regex Years();

    [GeneratedRegex(@"\d\s*%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\d{1,2}\s*/\s*\d{1,4}|ngày\s+\d{1,2}|tháng\s+\d{1,2}|(?:…|\.\.\.)\s*/\s*(?:…|\.\.\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,6}(?:[.,]\d+)?\s+\p{L}")]
    private static partial Regex Count();
}
