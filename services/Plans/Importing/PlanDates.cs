using System.Text.RegularExpressions;

namespace WardPlatform.Plans.Importing;

/// <summary>A date as far as the text gives it: a whole day, or only a month or a year (partly read).</summary>
public readonly record struct TextDate(DateOnly? Day, string? Partial)
{
    public bool Found => Day is not null || Partial is not null;
}

/// <summary>
/// The plan's period ("từ ngày 01/3/2026 đến ngày 31/12/2026", "từ ngày ban hành kế hoạch đến hết năm 2026",
/// "từ tháng 7/2025 đến tháng 12/2025") and review dates ("sơ kết vào ngày 30/6/2026", "Tổng kết trước ngày 15/12/2026",
/// "sơ kết vào tháng 7/2026"). "Hết năm 2026" and "hết tháng 12/2025" are exact (their last day); a month or a year alone
/// is partly read, never turned into a day.
/// </summary>
public static partial class PlanDates
{
    public sealed record Period(TextDate Start, TextDate End, bool FromIssue, bool Blank);

    public static Period? ReadPeriod(string line)
    {
        var span = Span().Match(line);
        if (!span.Success) return null;
        var from = span.Groups["from"].Value;
        var to = span.Groups["to"].Value;
        var blank = Blank().IsMatch(from) || Blank().IsMatch(to);
        var fromIssue = IssueDay().IsMatch(from);
        return new Period(fromIssue ? default : Read(from, end: false), Read(to, end: true), fromIssue, blank);
    }

    /// <summary>"sơ kết vào ngày 30/6/2026", "Tổng kết trước ngày 15/12/2026", "sơ kết vào tháng 7/2026".</summary>
    public static IEnumerable<(bool MidTerm, TextDate Date)> ReadReviews(string line)
    {
        foreach (Match review in Review().Matches(line))
        {
            var date = Read(review.Groups["when"].Value, end: false);
            if (date.Found) yield return (review.Groups["kind"].Value.StartsWith("sơ", StringComparison.OrdinalIgnoreCase), date);
        }
    }

    /// <summary>A year or span of years in a title ("giai đoạn 2024-2026", "năm 2025"): partly read.</summary>
    public static string? YearsIn(string title) => TitleYears().Match(title) is { Success: true } m ? m.Value : null;

    private static TextDate Read(string text, bool end)
    {
        var day = Day().Match(text);
        if (day.Success)
            return TryDate(day.Groups["d"].Value, day.Groups["m"].Value, day.Groups["y"].Value, out var d) ? new(d, null) : new(null, day.Value);
        var month = Month().Match(text);
        if (month.Success)
        {
            var (m, y) = (int.Parse(month.Groups["m"].Value), int.Parse(month.Groups["y"].Value));
            if (m is < 1 or > 12) return new(null, month.Value);
            return end && month.Groups["whole"].Success ? new(new DateOnly(y, m, DateTime.DaysInMonth(y, m)), null) : new(null, "tháng " + month.Groups["m"].Value + "/" + y);
        }
        var year = Year().Match(text);
        if (year.Success)
        {
            var y = int.Parse(year.Groups["y"].Value);
            return end && year.Groups["whole"].Success ? new(new DateOnly(y, 12, 31), null) : new(null, "năm " + y);
        }
        return default;
    }

    public static bool TryDate(string day, string month, string year, out DateOnly date)
    {
        date = default;
        return int.TryParse(day, out var d) && int.TryParse(month, out var m) && int.TryParse(year, out var y)
            && m is >= 1 and <= 12 && y is >= 1900 and <= 2200 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            && (date = new DateOnly(y, m, d)) != default;
    }

    private const string DayForm = @"(?<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)(?<m>\d{1,2})\s*(?:/|-|\.|\s+năm\s+)(?<y>\d{4})";

    [GeneratedRegex(@"(?:\btừ|bắt đầu)\s+(?<from>.{1,60}?)\s+(?:đến|tới)\s+(?<to>.{1,40}?\d{4}|(?:ngày\s*)?(?:…|\.{2,}|_+)[\s…./_]*(?:năm\s+\d{4})?)", RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    [GeneratedRegex(@"ngày\s+(?:ký\s+)?ban hành|khi\s+(?:kế hoạch\s+)?(?:được\s+)?ban hành|ngày\s+kế hoạch\s+(?:này\s+)?(?:được\s+)?ban hành", RegexOptions.IgnoreCase)]
    private static partial Regex IssueDay();

    [GeneratedRegex(@"…|\.{2,}|_{2,}|ngày\s+tháng|ngày\s*$")]
    private static partial Regex Blank();

    [GeneratedRegex(DayForm)]
    private static partial Regex Day();

    [GeneratedRegex(@"(?<whole>hết\s+)?tháng\s+(?<m>\d{1,2})\s*(?:/|\s+năm\s+)(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"(?<whole>hết\s+)?năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Year();

    // The review word, then words that are not a date nor another review ("sơ kết, tổng kết …"), then the date.
    [GeneratedRegex(@"(?<kind>sơ kết|tổng kết)(?:(?!kết)[^.;\d]){0,40}?(?<when>(?:ngày\s+)?" + DayForm + @"|tháng\s+\d{1,2}\s*(?:/|\s+năm\s+)\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Review();

    [GeneratedRegex(@"(?:giai đoạn|năm|nhiệm kỳ)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?", RegexOptions.IgnoreCase)]
    private static partial Regex TitleYears();
}
