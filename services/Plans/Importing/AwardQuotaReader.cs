using System.Text.RegularExpressions;
using WardPlatform.Contracts.Events;

namespace WardPlatform.Plans.Importing;

/// <summary>
/// Award quotas: "tặng Giấy khen cho tối đa 04 tập thể và 08 cá nhân" is two quotas of the Giấy khen, 4 collectives and
/// 8 individuals. The award form is the one named nearest before the numbers; the occasion is read only when the
/// clause (else the sentence) says it (sơ kết, tổng kết, hằng năm).
/// </summary>
public static partial class AwardQuotaReader
{
    private static readonly (string Words, string Form)[] Forms =
    [
        ("tập thể lao động tiên tiến", "tap-the-lao-dong-tien-tien"), ("tập thể lao động xuất sắc", "tap-the-lao-dong-xuat-sac"),
        ("chiến sĩ thi đua cơ sở", "chien-si-thi-dua-co-so"), ("lao động tiên tiến", "lao-dong-tien-tien"),
        ("gia đình văn hóa", "gia-dinh-van-hoa"), ("bằng khen", "bang-khen"), ("giấy khen", "giay-khen"),
    ];

    public static List<PlannedAwardQuota> Read(string line)
    {
        var quotas = new List<PlannedAwardQuota>();
        foreach (var clause in line.Split(';'))
        {
            foreach (Match ceiling in Ceiling().Matches(clause))
            {
                var before = clause[..ceiling.Index].ToLowerInvariant();
                var form = Forms.Select(f => (f.Form, At: before.LastIndexOf(f.Words, StringComparison.Ordinal)))
                    .Where(f => f.At >= 0).OrderByDescending(f => f.At).Select(f => f.Form).FirstOrDefault();
                foreach (Match count in Count().Matches(ceiling.Groups["list"].Value))
                    quotas.Add(new PlannedAwardQuota(form, Kind(count.Groups["kind"].Value), int.Parse(count.Groups["n"].Value),
                        Occasion(clause) ?? Occasion(line), line.Trim().TrimStart('-', '+', '•', ' ')));
            }
        }
        return quotas;
    }

    private static string Kind(string words) => words.ToLowerInvariant() switch
    {
        "tập thể" => "collective",
        "cá nhân" => "individual",
        _ => "household",
    };

    private static string? Occasion(string line)
    {
        var text = line.ToLowerInvariant();
        return text.Contains("sơ kết") ? "midterm" : text.Contains("tổng kết") ? "final"
            : text.Contains("hằng năm") || text.Contains("hàng năm") ? "annual" : null;
    }

    private const string Kinds = "tập thể|cá nhân|hộ gia đình|gia đình|hộ";

    [GeneratedRegex(@"(?:tối đa|không quá|không vượt quá)\s*:?\s*(?<list>\d{1,3}\s+(?:" + Kinds + @")(?:\s*(?:,|và|;)\s*\d{1,3}\s+(?:" + Kinds + @"))*)", RegexOptions.IgnoreCase)]
    private static partial Regex Ceiling();

    [GeneratedRegex(@"(?<n>\d{1,3})\s+(?<kind>" + Kinds + @")", RegexOptions.IgnoreCase)]
    private static partial Regex Count();
}
