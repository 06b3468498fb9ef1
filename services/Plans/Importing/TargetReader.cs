using System.Globalization;
using System.Text.RegularExpressions;

namespace WardPlatform.Plans.Importing;

/// <summary>
/// Reads one target from one sentence, trying the most specific form first (a split across units, staged
/// thresholds, a rank, a range, a reduction, a ceiling, a share, a count). Null when no form fits.
/// </summary>
public static partial class TargetReader
{
    public static TargetDraft? Read(string text, string? theme, string? owner)
    {
        var line = text.TrimStart('-', '+', '*', ' ');
        return Split(line, theme, owner)
            ?? Staged(line, theme, owner)
            ?? Rank(line, theme, owner)
            ?? Range(line, theme, owner)
            ?? Reduction(line, theme, owner)
            ?? Ceiling(line, theme, owner)
            ?? Share(line, theme, owner)
            ?? TimeLimit(line, theme, owner)
            ?? CountOutOf(line, theme, owner)
            ?? Count(line, theme, owner);
    }

    /// <summary>
    /// "toàn xã có 9 ấp", "hiện có 07 khu phố": a count the sentence states as a fact, with no word that sets a goal.
    /// Such a sentence is context, not a target.
    /// </summary>
    public static bool IsFact(string text) => StatedCount().IsMatch(text) && !GoalWord().IsMatch(text);

    /// <summary>True when a sentence holds a figure that could be a target (used to report what was not read).</summary>
    public static bool HasFigure(string line) => Percent().IsMatch(line) || CountOf().IsMatch(line);

    private static TargetDraft? Split(string line, string? theme, string? owner)
    {
        var colon = Includes().Match(line);
        if (!colon.Success) return null;
        var total = CountOf().Match(line[..colon.Index]);
        if (!total.Success) return null;
        var noun = total.Groups["noun"].Value;
        var parts = new List<UnitShare>();
        var rest = line[(colon.Index + colon.Length)..];
        var pieces = rest.Split(';');
        // "trong đó: Đoàn Thanh niên 02 mô hình, Hội Phụ nữ 04 mô hình" (no ";" between the shares).
        if (pieces.Length < 2) pieces = SharesApart().Split(rest);
        foreach (var part in pieces)
        {
            var share = UnitCount().Match(part.Trim());
            if (share.Success && share.Groups["noun"].Value.StartsWith(noun.Split(' ')[0], StringComparison.Ordinal))
                parts.Add(new UnitShare(share.Groups["unit"].Value.Trim().TrimEnd(','), Number(share.Groups["n"].Value)));
        }
        return parts.Count >= 2
            ? new TargetDraft(line, TargetKind.SplitCount, Number(total.Groups["n"].Value), noun, Split: parts, ThemeNumber: theme, OwnerUnit: owner)
            : null;
    }

    private static TargetDraft? Staged(string line, string? theme, string? owner)
    {
        var stages = StagedPercent().Matches(line)
            .Select(m => new Stage(Number(m.Groups["v"].Value), int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["m"].Value)))
            .ToList();
        return stages.Count >= 2
            ? new TargetDraft(line, TargetKind.Staged, stages[^1].Value, "%", Stages: stages, ThemeNumber: theme, OwnerUnit: owner)
            : null;
    }

    private static TargetDraft? Rank(string line, string? theme, string? owner)
    {
        var rank = TopOf().Match(line);
        return rank.Success
            ? new TargetDraft(line, TargetKind.Rank, Number(rank.Groups["n"].Value), "hạng", OutOf: int.Parse(rank.Groups["of"].Value), ThemeNumber: theme, OwnerUnit: owner)
            : null;
    }

    private static TargetDraft? Range(string line, string? theme, string? owner)
    {
        var range = PercentRange().Match(line);
        if (range.Success)
            return new TargetDraft(line, TargetKind.Range, Number(range.Groups["lo"].Value), range.Groups["per"].Success ? "%" + range.Groups["per"].Value : "%",
                UpperValue: Number(range.Groups["hi"].Value), ThemeNumber: theme, OwnerUnit: owner);
        var counts = CountRange().Match(line);
        return counts.Success
            ? new TargetDraft(line, TargetKind.Range, Number(counts.Groups["lo"].Value), counts.Groups["noun"].Value,
                UpperValue: Number(counts.Groups["hi"].Value), ThemeNumber: theme, OwnerUnit: owner)
            : null;
    }

    private static TargetDraft? Reduction(string line, string? theme, string? owner)
    {
        var reduction = ReductionOf().Match(line);
        if (!reduction.Success) return null;
        var baseline = BaselineYear().Match(line);
        return new TargetDraft(line, TargetKind.Reduction, Number(reduction.Groups["v"].Value), "%",
            BaselineYear: baseline.Success ? int.Parse(baseline.Groups["y"].Value) : null, ThemeNumber: theme, OwnerUnit: owner);
    }

    private static TargetDraft? Ceiling(string line, string? theme, string? owner)
    {
        if (ZeroPercent().IsMatch(line)) return new TargetDraft(line, TargetKind.Ceiling, 0, "%", ThemeNumber: theme, OwnerUnit: owner);
        var below = Below().Match(line);
        return below.Success ? new TargetDraft(line, TargetKind.Ceiling, Number(below.Groups["v"].Value), "%", ThemeNumber: theme, OwnerUnit: owner) : null;
    }

    private static TargetDraft? Share(string line, string? theme, string? owner)
    {
        var percent = Percent().Match(line);
        return percent.Success ? new TargetDraft(line, TargetKind.ShareToReach, Number(percent.Groups["v"].Value), "%", ThemeNumber: theme, OwnerUnit: owner) : null;
    }

    /// <summary>"thời gian giải quyết … không quá 3 ngày làm việc": a ceiling in days.</summary>
    private static TargetDraft? TimeLimit(string line, string? theme, string? owner)
    {
        var limit = DaysAtMost().Match(line);
        return limit.Success
            ? new TargetDraft(line, TargetKind.Ceiling, Number(limit.Groups["n"].Value), limit.Groups["unit"].Value.ToLowerInvariant(), ThemeNumber: theme, OwnerUnit: owner)
            : null;
    }

    /// <summary>"05/07 khu phố đạt chuẩn": a count of 5 out of 7.</summary>
    private static TargetDraft? CountOutOf(string line, string? theme, string? owner)
    {
        var count = CountOfAll().Match(line);
        return count.Success
            ? new TargetDraft(line, TargetKind.Count, Number(count.Groups["n"].Value), count.Groups["noun"].Value,
                OutOf: int.Parse(count.Groups["of"].Value), ThemeNumber: theme, OwnerUnit: owner)
            : null;
    }

    private static TargetDraft? Count(string line, string? theme, string? owner)
    {
        var count = CountOf().Match(line);
        return count.Success ? new TargetDraft(line, TargetKind.Count, Number(count.Groups["n"].Value), count.Groups["noun"].Value, ThemeNumber: theme, OwnerUnit: owner) : null;
    }

    /// <summary>Vietnamese decimals use a comma: "1,5" is one and a half.</summary>
    private static decimal Number(string text) => decimal.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);

    private const string Value = @"\d{1,3}(?:,\d+)?";
    private const string Nouns = "tổ dân phố|tuyến đường|triệu đồng|sản phẩm|ấp|thôn|sáng kiến|đợt|khu phố|mô hình|tuyến|trục|công trình|doanh nghiệp|lần|cuộc|lớp|buổi|điểm|chi bộ|hộ|tổ|câu lạc bộ|tuyến đường";

    [GeneratedRegex(@"\b(?:gồm|trong đó)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Includes();

    [GeneratedRegex(@"(?<![\d/,])(?<n>\d{1,3})\s+(?<noun>" + Nouns + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountOf();

    [GeneratedRegex(@"^(?<unit>[^\d;]{3,}?)\s+(?:có\s+)?(?<n>\d{1,3})\s+(?<noun>" + Nouns + @")\b")]
    private static partial Regex UnitCount();

    [GeneratedRegex(@"(?<v>" + Value + @")\s*%\s*trước ngày\s*(?<d>\d{1,2})/(?<m>\d{1,2})")]
    private static partial Regex StagedPercent();

    [GeneratedRegex(@"\btop\s+(?<n>\d{1,3})\s+trong số\s+(?<of>\d{1,4})", RegexOptions.IgnoreCase)]
    private static partial Regex TopOf();

    [GeneratedRegex(@"(?<lo>" + Value + @")\s*%?\s*[-–]\s*(?<hi>" + Value + @")\s*%(?<per>/năm)?")]
    private static partial Regex PercentRange();

    [GeneratedRegex(@"(?<![\d/])(?<lo>\d{1,3})\s*[-–]\s*(?<hi>\d{1,3})\s+(?<noun>" + Nouns + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountRange();

    [GeneratedRegex(@"\b(?:kéo giảm|cắt giảm|giảm)\s+(?:ít nhất|tối thiểu)?\s*(?<v>" + Value + @")\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex ReductionOf();

    [GeneratedRegex(@"so với năm\s+(?<y>\d{4})")]
    private static partial Regex BaselineYear();

    [GeneratedRegex(@"(?<!\d)00\s*%")]
    private static partial Regex ZeroPercent();

    [GeneratedRegex(@"\b(?:dưới|không quá|không vượt quá)\s+(?:mức\s+)?(?<v>" + Value + @")\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex Below();

    [GeneratedRegex(@"\s*,\s*|\s+và\s+")]
    private static partial Regex SharesApart();

    [GeneratedRegex(@"(?:không quá|tối đa|trong vòng|trong thời hạn|chậm nhất|dưới)\s+(?<n>\d{1,3})\s+(?<unit>ngày làm việc|ngày)(?!\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DaysAtMost();

    [GeneratedRegex(@"(?<![\d/,])(?<n>\d{1,3})\s*/\s*(?<of>\d{1,3})\s+(?<noun>" + Nouns + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfAll();

    [GeneratedRegex(@"(?:^|\s)(?:có|gồm|với)\s+(?:tổng (?:số|cộng)\s+)?\d{1,4}\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex StatedCount();

    [GeneratedRegex(@"phấn đấu|đạt|ít nhất|tối thiểu|tối đa|hoàn thành|xây dựng|thành lập|duy trì|giữ vững|trở lên|mỗi\b|\bmới\b|tăng|giảm|bảo đảm|đảm bảo|ra mắt|nhân rộng|\d\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex GoalWord();

    [GeneratedRegex(@"(?<![\d,])(?<v>" + Value + @")\s*%")]
    private static partial Regex Percent();
}
