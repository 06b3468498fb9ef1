using System.Text;
using WardPlatform.Plans.Importing;

namespace WardPlatform.Tests.Plans;

/// <summary>The importer on the three real plans of shared/seeds, and on text it has never seen.</summary>
public sealed class PlanImportTests
{
    private static PlanDraft Seed(string name) =>
        PlanImporter.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plans", "Seeds", name + ".md")));

    private static readonly PlanDraft TamPhuoc = Seed("ke-hoach-tam-phuoc-500-ngay-dem-2026");
    private static readonly PlanDraft BinhPhuoc = Seed("ke-hoach-binh-phuoc-2025");
    private static readonly PlanDraft BacSon = Seed("ke-hoach-bac-son-2025");

    [Fact]
    public void Tam_Phuoc_header_legal_bases_and_signer()
    {
        Assert.Equal("118/KH-UBND", TamPhuoc.Number);
        Assert.Equal("Tam Phước", TamPhuoc.Place);
        Assert.Equal(new DateOnly(2026, 5, 30), TamPhuoc.IssuedOn);
        Assert.Equal("Triển khai các 03 nội dung trọng tâm và các nhiệm vụ trong đợt thi đua đặc biệt \"500 ngày đêm\" trên địa bàn phường Tam Phước", TamPhuoc.Title);
        Assert.Equal(3, TamPhuoc.LegalBases.Count);
        Assert.Contains(TamPhuoc.LegalBases, b => b is { DocumentKind: "Nghị quyết", DocumentNumber: "05-NQ/TU" } && b.DocumentDate == new DateOnly(2026, 5, 1));
        Assert.Contains(TamPhuoc.LegalBases, b => b is { CitesPlan: true, DocumentNumber: "55-KH/ĐU" } && b.DocumentDate == new DateOnly(2026, 5, 25));
        Assert.Equal(("CHỦ TỊCH", "Vũ Quốc Thái"), (TamPhuoc.SignerTitle, TamPhuoc.SignerName));
        Assert.Equal(12, TamPhuoc.Recipients.Count);
        Assert.Equal("UBND thành phố Đồng Nai", TamPhuoc.Recipients[0]);
        // Its header is complete; what it lacks is said: no period, and the figures of its task and phase lines that are
        // not under "Các chỉ tiêu" (each quoted with its line and section), rather than dropped.
        Assert.Equal("Không tìm thấy thời gian thực hiện (từ ngày … đến ngày …): chưa có ngày bắt đầu và ngày kết thúc.", TamPhuoc.Unread[^1]);
        Assert.All(TamPhuoc.Unread.Take(TamPhuoc.Unread.Count - 1), u => Assert.Matches(@"^Không đọc được ở dòng \d+, mục (II|III|IV): “.+”\.$", u));
        Assert.Null(TamPhuoc.PeriodStart);
    }

    [Fact]
    public void Tam_Phuoc_themes_and_phases()
    {
        Assert.Equal(["II.1", "II.2", "II.3", "III.1", "III.2", "III.3", "III.4"], TamPhuoc.Themes.Select(t => t.Number));
        Assert.StartsWith("Tam Phước cửa ngõ kiểu mẫu – sáng, sạch, trật tự", TamPhuoc.Themes[1].Title);
        Assert.Equal("Siết chặt Kỷ luật, Kỷ cương Hành chính và Đạo đức Công vụ của cán bộ, công chức", TamPhuoc.Themes[5].Title);

        Assert.Equal(35, TamPhuoc.Phases.Count);
        Assert.All(TamPhuoc.Themes, t => Assert.Equal([1, 2, 3, 4, 5], TamPhuoc.Phases.Where(p => p.ThemeNumber == t.Number).Select(p => p.Number)));
        Assert.Equal(new Phase("II.1", 1, "Khởi động và chuẩn bị", null, new DateOnly(2026, 5, 31)), TamPhuoc.Phases[0]);
        Assert.Equal(new Phase("II.1", 2, "Hành động cao điểm và tạo chuyên biến", new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 31)), TamPhuoc.Phases[1]);
        Assert.Equal(new DateOnly(2027, 9, 30), TamPhuoc.Phases[4].Starts);   // "(Sau 30/9/2027)"
        Assert.Equal(new DateOnly(2027, 10, 30), TamPhuoc.Phases.Single(p => p is { ThemeNumber: "II.2", Number: 4 }).Ends);
        // No date in the heading; the body says "(Hoàn thành kết quả thực hiện trước ngày 31/3/2027)".
        Assert.Equal(new Phase("II.3", 3, null, null, new DateOnly(2027, 3, 31)), TamPhuoc.Phases.Single(p => p is { ThemeNumber: "II.3", Number: 3 }));
    }

    [Fact]
    public void Tam_Phuoc_targets_of_every_form_with_their_thresholds()
    {
        var targets = TamPhuoc.Targets;
        Assert.Equal(44, targets.Count); // II.1: 11, II.2: 7, II.3: 6, III.1: 9, III.2: 4, III.3: 5, III.4: 2
        Assert.All(targets, t => Assert.NotNull(t.ThemeNumber));

        Assert.Contains(targets, t => t is { Kind: TargetKind.ShareToReach, Value: 95, Unit: "%", ThemeNumber: "II.1" } && t.Text.Contains("SIPAS"));
        Assert.Contains(targets, t => t is { Kind: TargetKind.ShareToReach, Value: 90 } && t.Text.StartsWith("Tối thiểu 90% hồ sơ"));
        Assert.Contains(targets, t => t is { Kind: TargetKind.Reduction, Value: 30, BaselineYear: null } && t.Text.StartsWith("Cắt giảm ít nhất 30%"));
        Assert.Contains(targets, t => t is { Kind: TargetKind.Reduction, Value: 20, BaselineYear: 2025, ThemeNumber: "II.3" });
        Assert.Contains(targets, t => t is { Kind: TargetKind.Count, Value: 2, Unit: "đợt", ThemeNumber: "II.2" });
        Assert.Contains(targets, t => t is { Kind: TargetKind.Count, Value: 7, Unit: "khu phố" });
        Assert.Contains(targets, t => t is { Kind: TargetKind.Count, Value: 10, Unit: "sáng kiến" });
        Assert.Contains(targets, t => t is { Kind: TargetKind.Range, Value: 70, UpperValue: 75, Unit: "%" });
        Assert.Contains(targets, t => t is { Kind: TargetKind.Range, Value: 1, UpperValue: 1.5m, Unit: "%/năm" });
        Assert.Contains(targets, t => t is { Kind: TargetKind.Range, Value: 3, UpperValue: 5, Unit: "doanh nghiệp" });
        Assert.Contains(targets, t => t is { Kind: TargetKind.Ceiling, Value: 3, ThemeNumber: "III.1" } && t.Text.Contains("thất nghiệp"));
        Assert.Contains(targets, t => t is { Kind: TargetKind.Ceiling, Value: 0, ThemeNumber: "III.3" } && t.Text.StartsWith("00%"));

        var staged = Assert.Single(targets, t => t.Kind == TargetKind.Staged);
        Assert.Equal([new Stage(95, 30, 11), new Stage(100, 31, 12)], staged.Stages!);

        var split = Assert.Single(targets, t => t.Kind == TargetKind.SplitCount);
        Assert.Equal((10m, "sáng kiến"), (split.Value, split.Unit));
        Assert.Equal(
            [new UnitShare("Trung tâm Phục vụ Hành chính công", 3), new UnitShare("Văn phòng HĐND-UBND", 2),
             new UnitShare("Phòng Văn hóa-Xã hội", 3), new UnitShare("Phòng Kinh tế, Hạ tầng và Đô thị", 2)],
            split.Split!);
        Assert.Equal(split.Value, split.Split!.Sum(s => s.Value));
    }

    [Fact]
    public void Binh_Phuoc_cascades_from_the_province_plan_and_says_what_is_left_blank()
    {
        Assert.Null(BinhPhuoc.Number);
        Assert.Null(BinhPhuoc.IssuedOn);
        Assert.Equal("Bình Phước", BinhPhuoc.Place);
        Assert.Contains("Số kế hoạch chưa điền đủ: “Số: /KH-UBND”.", BinhPhuoc.Unread);
        Assert.Contains("Ngày ban hành chưa điền đủ: “Bình Phước, ngày tháng 7 năm 2025”.", BinhPhuoc.Unread);
        Assert.Contains("Chưa có tên người ký (sau “CHỦ TỊCH”).", BinhPhuoc.Unread);
        Assert.StartsWith("Phát động phong trào thi đua “Chung sức, đồng lòng, thi đua xây dựng phường Bình Phước", BinhPhuoc.Title);

        var parent = Assert.Single(BinhPhuoc.LegalBases, b => b.CitesPlan);
        Assert.Equal(("208/KH-UBND", new DateOnly(2025, 6, 12)), (parent.DocumentNumber, parent.DocumentDate));

        Assert.Equal(["III.1", "III.2", "III.3", "III.4", "III.5", "III.6"], BinhPhuoc.Themes.Select(t => t.Number));
        Assert.Equal("Thi đua thực hiện chỉnh trang, giữ gìn trật tự đô thị - không lấn chiếm lòng đường, vỉa hè", BinhPhuoc.Themes[2].Title);
        Assert.Equal(19, BinhPhuoc.Slogans.Count);
        Assert.Equal("Mỗi người dân là một đại sứ văn minh đô thị!", BinhPhuoc.Slogans[0]);

        Assert.Contains(BinhPhuoc.Targets, t => t is { Kind: TargetKind.Rank, Value: 5, OutOf: 95, OwnerUnit: "Trung tâm Phục vụ hành chính công" });
        // "từ tháng 7/2025 đến tháng 12/2025", "Cuối tháng 12/2025": months, partly read, no day made up.
        Assert.Equal((null, null, null), (BinhPhuoc.PeriodStart, BinhPhuoc.PeriodEnd, BinhPhuoc.FinalReview));
        Assert.Contains(BinhPhuoc.Unread, u => u.StartsWith("Ngày bắt đầu thực hiện chỉ đọc được một phần (tháng 7/2025, chưa có ngày) ở dòng 142, mục V"));
        Assert.Contains(BinhPhuoc.Unread, u => u.StartsWith("Ngày tổng kết chỉ đọc được một phần (tháng 12/2025, chưa có ngày)"));
        Assert.Contains(BinhPhuoc.Targets, t => t is { Kind: TargetKind.ShareToReach, Value: 100, ThemeNumber: "III.1" } && t.Text == "Giải ngân vốn đầu tư công đạt 100% kế hoạch.");
    }

    [Fact]
    public void Bac_Son_reads_its_review_dates_and_invents_nothing()
    {
        Assert.Null(BacSon.Number);
        Assert.Null(BacSon.IssuedOn);
        Assert.Contains("Ngày ban hành chưa điền đủ: “Bắc Sơn, ngày tháng năm 2025”.", BacSon.Unread);
        Assert.Contains("Đại hội Đại biểu Đảng bộ thị xã Bắc Sơn lần thứ XII", BacSon.Title);
        Assert.Equal(new DateOnly(2025, 6, 30), BacSon.MidTermReview);
        Assert.Equal(new DateOnly(2025, 12, 31), BacSon.FinalReview);
        // "Tính từ ngày Kế hoạch này được ban hành đến ngày 31/12/2025", and the date of issue is left blank.
        Assert.Equal((null, new DateOnly(2025, 12, 31)), (BacSon.PeriodStart, BacSon.PeriodEnd));
        Assert.Contains("Thời gian thực hiện tính từ ngày ban hành, nhưng ngày ban hành chưa điền: chưa có ngày bắt đầu (dòng 43, mục II).", BacSon.Unread);
        var basis = Assert.Single(BacSon.LegalBases);
        Assert.Equal(("Chỉ thị", "39/CT-TTg", new DateOnly(2024, 10, 15), false), (basis.DocumentKind, basis.DocumentNumber, basis.DocumentDate, basis.CitesPlan));
        Assert.Equal(5, BacSon.Themes.Count);
        Assert.Equal("Nguyễn Văn Trường", BacSon.SignerName);
        // Its content states no figure to reach: no target is made up.
        Assert.Empty(BacSon.Targets);
    }

    [Fact]
    public void Binh_Phuoc_purpose_subjects_scope_period_awards_criteria_funding_and_assignments()
    {
        var sections = BinhPhuoc.Sections;
        Assert.Equal(3, sections.Purposes.Count);
        Assert.Equal(3, sections.Requirements.Count);
        Assert.Equal(["Các cơ quan, đơn vị, khu phố, tổ chức, doanh nghiệp trên địa bàn phường Bình Phước.",
                      "Cán bộ, công chức, viên chức, người lao động, lực lượng vũ trang, đoàn viên, hội viên và Nhân dân trong toàn phường."], sections.Subjects);
        Assert.Equal(["Phong trào thi đua được tổ chức trong phạm vi địa bàn phường Bình Phước."], sections.Scope);
        Assert.Equal(["Phong trào thi đua được phát động bắt đầu từ tháng 7/2025 đến tháng 12/2025.", "Thời gian tổng kết phong trào: Cuối tháng 12/2025."], sections.Period);
        Assert.StartsWith("Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường", Assert.Single(sections.AwardForms));
        Assert.Equal(5, sections.CollectiveCriteria.Count);
        Assert.StartsWith("Không có tập thể, cá nhân thuộc đơn vị vi phạm pháp luật", sections.CollectiveCriteria[4]);
        Assert.Equal(5, sections.IndividualCriteria.Count);
        Assert.StartsWith("Nguồn kinh phí tổ chức phong trào thi đua", Assert.Single(sections.Funding));

        Assert.Equal(10, sections.Assignments.Count);
        Assert.Equal(("Phòng Văn hóa - Xã hội phường", 3), (sections.Assignments[0].Unit, sections.Assignments[0].Tasks.Count));
        Assert.Contains(sections.Assignments, a => a.Unit == "Công an phường, Ban CHQS phường" && a.Tasks.Count == 8);
    }

    [Fact]
    public void Bac_Son_award_forms_and_criteria_and_Tam_Phuoc_assignments()
    {
        Assert.Equal(["Bằng khen của Chủ tịch UBND tỉnh.", "Giấy khen của Chủ tịch UBND thị xã.", "Giấy khen của Chủ tịch UBND phường."], BacSon.Sections.AwardForms);
        Assert.Equal(6, BacSon.Sections.CollectiveCriteria.Count);
        Assert.Equal(2, BacSon.Sections.IndividualCriteria.Count);
        Assert.Equal(3, BacSon.Sections.Subjects.Count);
        Assert.StartsWith("Tính từ ngày Kế hoạch này được ban hành đến ngày 31/12/2025", Assert.Single(BacSon.Sections.Period));
        // Its assignments are whole sentences: no unit is cut out of them by guesswork.
        Assert.Equal(3, BacSon.Sections.Assignments.Count);
        Assert.All(BacSon.Sections.Assignments, a => Assert.Null(a.Unit));
        Assert.DoesNotContain(BacSon.Sections.Assignments.SelectMany(a => a.Tasks), t => t.StartsWith("Trên đây là"));

        Assert.Equal(2, TamPhuoc.Sections.Purposes.Count);
        Assert.Equal(3, TamPhuoc.Sections.Requirements.Count);
        Assert.Equal(["Văn phòng HĐND-UBND phường", "Trung tâm Phục vụ Hành chính công", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa-Xã hội",
                      "Công an phường", "Đề nghị các đơn vị, phòng ban chuyên môn", "Ban Điều hành các khu phố"], TamPhuoc.Sections.Assignments.Select(a => a.Unit));
        Assert.All(TamPhuoc.Sections.Assignments, a => Assert.Single(a.Tasks));
    }

    [Fact]
    public void A_text_that_is_not_a_plan_yields_an_empty_draft_that_says_so()
    {
        var draft = PlanImporter.Parse("Công thức nấu phở bò\nXương bò 2 kg, hành nướng, gừng, quế, hồi.\nHầm xương trong 6 giờ.");

        Assert.Null(draft.Number);
        Assert.Null(draft.Title);
        Assert.Empty(draft.Targets);
        Assert.Empty(draft.Themes);
        Assert.Contains("Không tìm thấy số kế hoạch (dòng “Số: …”).", draft.Unread);
        Assert.Contains("Không tìm thấy tên kế hoạch (dòng sau “KẾ HOẠCH”).", draft.Unread);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_reported_not_guessed()
    {
        var draft = PlanImporter.Parse("Số: 12/KH-UBND\nTam Phước, ngày 31 tháng 02 năm 2026\nKẾ HOẠCH\nThử nghiệm");

        Assert.Equal("12/KH-UBND", draft.Number);
        Assert.Null(draft.IssuedOn);
        Assert.Contains("Ngày ban hành chưa điền đủ: “Tam Phước, ngày 31 tháng 02 năm 2026”.", draft.Unread);
    }

    [Fact]
    public void Decomposed_Vietnamese_reads_the_same_as_composed()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plans", "Seeds", "ke-hoach-binh-phuoc-2025.md"));
        var decomposed = PlanImporter.Parse(text.Normalize(NormalizationForm.FormD));

        Assert.Equal(BinhPhuoc.Title, decomposed.Title);
        Assert.True(decomposed.Title!.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(BinhPhuoc.Themes, decomposed.Themes);
        Assert.Equal(BinhPhuoc.Targets.Count, decomposed.Targets.Count);
    }

    [Fact]
    public void Empty_text_is_an_empty_draft()
    {
        var draft = PlanImporter.Parse("");
        Assert.Null(draft.Number);
        Assert.Empty(draft.Targets);
        Assert.NotEmpty(draft.Unread);
    }
}
