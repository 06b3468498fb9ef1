using System.Text.Json;
using WardPlatform.Plans.Importing;
using WardPlatform.Tests.Plans.Corpus;

namespace WardPlatform.Tests.Plans;

/// <summary>
/// The importer on plans it was not built on: the corpus (other wards' and provinces' styles, .md, .txt and real .docx),
/// scored field by field against the expected structure beside each; and, on the corpus and the seeds, every line
/// holding a figure accounted for.
/// </summary>
public sealed class PlanImportCorpusTests
{
    private static readonly string[] Seeds = [PlanDocuments.TamPhuocSeed, PlanDocuments.BinhPhuocSeed, PlanDocuments.BacSonSeed];

    [Fact]
    public async Task Each_plan_of_the_corpus_is_read_field_by_field_with_nothing_invented_wrong_or_missed()
    {
        var names = PlanCorpus.Names;
        Assert.True(names.Count >= 12, $"{names.Count} documents in the corpus");
        Assert.True(names.Count(n => PlanCorpus.File(n).FileName.EndsWith(".docx")) >= 6);

        var table = new List<string> { $"{"document",-42} {"found",6} {"wrong",6} {"missed",7} {"invented",9}" };
        var scores = new Dictionary<string, CorpusScore>();
        foreach (var name in names)
        {
            var draft = PlanImporter.Parse(await PlanCorpus.TextAsync(name));
            var score = scores[name] = CorpusScore.Of(draft, JsonDocument.Parse(PlanCorpus.Expected(name)).RootElement);
            table.Add($"{name,-42} {score.Found,6} {score.Wrong,6} {score.Missed,7} {score.Invented,9}");
        }
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", table));

        Assert.All(scores, s => Assert.True(s.Value.Invented == 0, $"{s.Key}: {string.Join("; ", s.Value.Notes)}"));
        Assert.All(scores, s => Assert.True(s.Value.Wrong + s.Value.Missed == 0, $"{s.Key}: {string.Join("; ", s.Value.Notes)}"));
        Assert.True(scores.Values.Sum(s => s.Found) > 200);
    }

    public static TheoryData<string> AllDocuments() => [.. Seeds.Select(s => "seed:" + s), .. PlanCorpus.Names];

    [Theory]
    [MemberData(nameof(AllDocuments))]
    public async Task Every_line_holding_a_figure_ends_in_a_field_a_target_context_or_the_unread_list_with_its_place(string document)
    {
        var text = document.StartsWith("seed:")
            ? await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Plans", "Seeds", document[5..] + ".md"), TestContext.Current.CancellationToken)
            : await PlanCorpus.TextAsync(document);
        var draft = PlanImporter.Parse(text);
        var lines = PlanText.Read(text);
        var figures = draft.Figures!.ToDictionary(f => f.Line);

        var withFigures = lines.Where(l => Figures.In(l.Text)).ToList();
        Assert.NotEmpty(withFigures);
        foreach (var line in withFigures)
        {
            Assert.True(figures.TryGetValue(line.Number, out var figure), $"dòng {line.Number} not accounted for: “{line.Text}”");
            Assert.False(string.IsNullOrWhiteSpace(figure.ReadAs));
            if (figure.ReadAs == "Không đọc được")
                Assert.Contains(draft.Unread, u => u.Contains($"dòng {line.Number}") && u.Contains(line.Text));
        }
        // Each target names the line it was read from, and that line holds its words.
        var byNumber = lines.ToDictionary(l => l.Number);
        Assert.All(draft.Targets, t =>
        {
            Assert.NotNull(t.Line);
            var words = t.Text.TrimStart('-', '+', '*', ' ');
            Assert.Contains(words[..Math.Min(15, words.Length)], byNumber[t.Line!.Value].Text);
        });
    }

    [Fact]
    public async Task Word_is_read_as_it_prints_numbering_headings_tables_breaks_fields_and_tracked_changes_accepted()
    {
        var tanMai = (await PlanCorpus.TextAsync("ke-hoach-phuong-tan-mai-2026")).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("# I. MỤC ĐÍCH, YÊU CẦU", tanMai);
        Assert.Contains("## 1. Mục đích", tanMai);
        Assert.Contains("## 2. Yêu cầu", tanMai);
        Assert.Contains("# II. THỜI GIAN THỰC HIỆN", tanMai);
        Assert.Contains("1. Công an phường: chủ trì chỉ tiêu số 1, 2.", tanMai);
        Assert.Contains("- Xây dựng phường văn minh, an toàn, thân thiện.", tanMai);
        Assert.Contains("| 3 | Khu phố đạt chuẩn văn minh đô thị | 05/07 khu phố | Phòng Văn hóa - Xã hội |", tanMai);
        Assert.Equal(tanMai.IndexOf("KT. CHỦ TỊCH") + 1, tanMai.IndexOf("PHÓ CHỦ TỊCH"));

        var phuocAn = await PlanCorpus.TextAsync("ke-hoach-xa-phuoc-an-2026");
        Assert.Contains("Phước An, ngày 09 tháng 4 năm 2026", phuocAn);
        Assert.DoesNotContain("DOCPROPERTY", phuocAn);
        Assert.Contains("- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85% trở lên.", phuocAn);
        Assert.DoesNotContain("ví điện tử", phuocAn);
        Assert.Contains("Từ ngày 15/4/2026 đến ngày 15/12/2026.", phuocAn);
        Assert.Contains("### a) Các chỉ tiêu", phuocAn);

        var draft = PlanImporter.Parse(phuocAn);
        Assert.Equal(["IV.1", "IV.2"], draft.Themes.Select(t => t.Number));
        Assert.Equal(85, draft.Targets[0].Value);
    }

    [Fact]
    public void A_period_a_month_or_a_year_alone_is_reported_as_partly_read_never_as_an_invented_day()
    {
        var draft = PlanImporter.Parse("Số: 3/KH-UBND\nAn Bình, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nThi đua năm 2026\nI. THỜI GIAN\n" +
            "Từ tháng 3/2026 đến năm 2027; sơ kết vào tháng 9/2026.\nII. NỘI DUNG\n- Toàn phường có 07 khu phố.");

        Assert.Null(draft.PeriodStart);
        Assert.Null(draft.PeriodEnd);
        Assert.Null(draft.MidTermReview);
        Assert.Contains(draft.Unread, u => u.StartsWith("Ngày bắt đầu thực hiện chỉ đọc được một phần (tháng 3/2026"));
        Assert.Contains(draft.Unread, u => u.StartsWith("Ngày kết thúc thực hiện chỉ đọc được một phần (năm 2027"));
        Assert.Contains(draft.Unread, u => u.StartsWith("Ngày sơ kết chỉ đọc được một phần (tháng 9/2026"));
        // A fact, not a target.
        Assert.Empty(draft.Targets);
        Assert.Contains(draft.Figures!, f => f.Text.Contains("07 khu phố") && f.ReadAs.StartsWith("Bối cảnh"));
    }
}
