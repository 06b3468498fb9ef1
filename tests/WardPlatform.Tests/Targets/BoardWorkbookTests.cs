using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

/// <summary>
/// Issue 12 point 8: the board's workbook is the báo cáo a ward signs and sends. A chairman opening it finds the heading
/// of Nghị định 30/2020, the statuses summed as the board sums them, the targets under their themes (or plans) with STT
/// restarting, owners filled, figures and dates Excel can compute with, Nơi nhận and the signature, and it prints on A4
/// landscape one page wide with the table's header on every page.
/// </summary>
public sealed class BoardWorkbookTests(TestServers servers) : TargetsServiceTests(servers)
{
    private const string Office = "Văn phòng HĐND-UBND";

    [Fact]
    public async Task A_plans_report_has_the_official_heading_the_status_summary_and_its_targets_under_their_themes()
    {
        var done = Count(4, unit: "đợt", owner: Office, theme: "1");
        var share = Share(95);
        var partial = Share(99.5m);
        var loose = Count(10, owner: null, theme: null) with { OwnerPerson = null };
        var plan = await IssueAsync(Plan(TestUser.TamPhuoc, done, share, partial, loose) with
        {
            Number = "118/KH-UBND", Title = "Kế hoạch thi đua 500 ngày đêm",
            Themes = [new PlannedTheme("1", "Cải cách hành chính"), new PlannedTheme("2", "Chuyển đổi số")],
        });
        await Api.PostAsync($"/targets/{done.TargetId}/progress", ProgressForm("4", "2026-05-31"), Ct);
        await Api.PostAsync($"/targets/{partial.TargetId}/progress", ProgressForm("97,25", "2026-05-20"), Ct);
        var board = (await Api.GetFromJsonAsync<PlanBoardDto>($"/plans/{plan.PlanId}/board", Ct))!;

        using var response = await Api.GetAsync($"/plans/{plan.PlanId}/board.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BoardWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-chi-tieu-118-kh-ubnd-20260601.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        using var sheet = new ReportSheet(await response.Content.ReadAsByteArrayAsync(Ct));

        // 1. The heading: the ward and a number to fill in by hand on the left, the motto and the place and date on the right.
        Assert.Equal("UBND PHƯỜNG TAM PHƯỚC", sheet.Text("A1"));
        Assert.Equal("Số:      /BC-UBND", sheet.Text("A2"));
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", sheet.Text("D1"));
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", sheet.Text("D2"));
        Assert.Equal("Tam Phước, ngày 01 tháng 06 năm 2026", sheet.Text("D3"));
        Assert.Equal("BÁO CÁO", sheet.Text("A5"));
        Assert.Equal("Tiến độ thực hiện chỉ tiêu của Kế hoạch số 118/KH-UBND ngày 05/01/2026: Kế hoạch thi đua 500 ngày đêm", sheet.Text("A6"));
        Assert.True(sheet.IsMerged("A5:J5") && sheet.IsMerged("A6:J6") && sheet.IsMerged("D1:J1"));

        // 2. The statuses as the board counts them, in a sentence and as numbers.
        var t = board.Totals;
        var notReported = board.Themes.SelectMany(g => g.Targets).Count(x => x.LatestValue is null);
        Assert.Equal(2, notReported);
        Assert.Equal($"Tổng số 4 chỉ tiêu: {t.Achieved} đạt, {t.OnTrack} đúng tiến độ, {t.AtRisk} có nguy cơ, {t.Missed} không đạt, 2 chưa báo cáo.",
            sheet.Text("A9"));
        Assert.Equal(["Đạt", "Đúng tiến độ", "Có nguy cơ", "Không đạt", "Tổng cộng"], Enumerable.Range(11, 5).Select(r => sheet.Text($"B{r}")));
        Assert.Equal([t.Achieved, t.OnTrack, t.AtRisk, t.Missed, 4], Enumerable.Range(11, 5).Select(r => (int)sheet.Number($"C{r}")));
        Assert.Equal(2m, sheet.Number("C16"));
        Assert.Equal((decimal)t.Achieved / 4, sheet.Number("D11"));
        Assert.EndsWith("%", sheet.FormatOf("D11"));

        // 3. The table: a bold row per theme with its title, STT restarting under each; the targets without a theme last.
        Assert.Equal(BoardWorkbook.Headers, Enumerable.Range(0, 10).Select(c => sheet.Text($"{(char)('A' + c)}{BoardWorkbook.HeaderRow}")));
        Assert.Equal(("1", "Cải cách hành chính"), (sheet.Text("A20"), sheet.Text("B20")));
        Assert.True(sheet.IsBold("B20") && sheet.IsMerged("B20:J20"));
        Assert.Equal((1m, done.Text), (sheet.Number("A21"), sheet.Text("B21")));
        Assert.Equal(("2", "Chuyển đổi số"), (sheet.Text("A22"), sheet.Text("B22")));
        Assert.Equal((1m, share.Text, 2m, partial.Text), (sheet.Number("A23"), sheet.Text("B23"), sheet.Number("A24"), sheet.Text("B24")));
        Assert.Equal(("", BoardReports.NoTheme), (sheet.Text("A25"), sheet.Text("B25")));
        Assert.Equal((1m, loose.Text), (sheet.Number("A26"), sheet.Text("B26")));
        Assert.Equal(26, (int)sheet.Rows.Where(r => r.RowIndex!.Value < 28).Max(r => r.RowIndex!.Value));

        // Owners filled: the unit and the person in charge; a target given to no unit says so.
        Assert.Equal($"{Office}\nNguyễn Văn A", sheet.Text("H21"));
        Assert.Equal("Trung tâm Phục vụ hành chính công", sheet.Text("H23"));
        Assert.Equal(BoardQueries.NoOwner, sheet.Text("H26"));

        // 4. Figures are numbers with formats, percentages as %, dates as dates; text stays text.
        Assert.Equal((4m, "#,##0", 4m, "#,##0"), (sheet.Number("D21"), sheet.FormatOf("D21"), sheet.Number("E21"), sheet.FormatOf("E21")));
        Assert.Equal("đợt", sheet.Text("F21"));
        Assert.Equal((new DateOnly(2026, 5, 31), "dd/mm/yyyy"), (sheet.Date("G21"), sheet.FormatOf("G21")));
        Assert.Equal((0.95m, "0%"), (sheet.Number("D23"), sheet.FormatOf("D23")));
        Assert.Equal((0.995m, "0.0#%"), (sheet.Number("D24"), sheet.FormatOf("D24")));
        Assert.Equal((0.9725m, "0.0#%"), (sheet.Number("E24"), sheet.FormatOf("E24")));
        Assert.Equal((new DateOnly(2026, 5, 20)), sheet.Date("G24"));
        Assert.Equal("", sheet.Text("E23"));
        Assert.True(new[] { "B21", "C21", "H21", "I21", "J21", "C23" }.All(sheet.IsText));
        Assert.Equal("≥ 95%", sheet.Text("C23"));
        Assert.Equal(board.Themes[1].Targets[0].StatusLabel, sheet.Text("I23"));

        // 5. Nơi nhận on the left, the signature block on the right, two rows below the table.
        Assert.Equal(["Nơi nhận:", "- UBND tỉnh Đồng Nai;", "- Lưu: VT."], new[] { "A28", "A29", "A30" }.Select(sheet.Text));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], new[] { "G28", "G29" }.Select(sheet.Text));
        Assert.True(sheet.IsBold("G28") && sheet.IsBold("G29"));

        // 6. Printing, and 7. Vietnamese in NFC throughout.
        AssertPrintsAsFiled(sheet);
        Assert.All(sheet.AllTexts, text => Assert.True(ReportSheet.IsNfc(text), text));
    }

    [Fact]
    public async Task A_units_report_groups_its_targets_by_plan_and_the_province_gets_its_own_heading()
    {
        const string unit = "Phòng Văn hóa - Xã hội";
        var first = Count(owner: unit);
        var second = Share(owner: unit);
        var third = Count(7, unit: "mô hình", owner: unit, theme: "3");
        await IssueAsync(Plan(TestUser.TamPhuoc, first) with { Number = "1/KH-UBND", Title = "Kế hoạch cải cách hành chính" });
        await IssueAsync(Plan(TestUser.TamPhuoc, second, third) with { Number = "2/KH-UBND", Title = "Kế hoạch chuyển đổi số" });
        await IssueAsync(Plan(TestUser.BinhPhuoc, Count(owner: unit)) with { Number = "3/KH-UBND", Title = "Kế hoạch của Bình Phước" });
        var path = $"/units/{Uri.EscapeDataString(unit)}/board.xlsx";
        var board = (await Api.GetFromJsonAsync<UnitBoardDto>($"/units/{Uri.EscapeDataString(unit)}/board", Ct))!;

        using var response = await Api.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var sheet = new ReportSheet(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal("UBND PHƯỜNG TAM PHƯỚC", sheet.Text("A1"));
        Assert.Equal("Số:      /BC-UBND", sheet.Text("A2"));
        Assert.Equal("Tam Phước, ngày 01 tháng 06 năm 2026", sheet.Text("D3"));
        Assert.Equal("BÁO CÁO", sheet.Text("A5"));
        Assert.Equal($"Tiến độ thực hiện chỉ tiêu của {unit}", sheet.Text("A6"));
        var t = board.Totals;
        Assert.Equal($"Tổng số 3 chỉ tiêu: {t.Achieved} đạt, {t.OnTrack} đúng tiến độ, {t.AtRisk} có nguy cơ, {t.Missed} không đạt, 3 chưa báo cáo.", sheet.Text("A9"));
        Assert.Equal([t.Achieved, t.OnTrack, t.AtRisk, t.Missed, 3], Enumerable.Range(11, 5).Select(r => (int)sheet.Number($"C{r}")));

        // One plan a group (same issue date: by number), the plan's targets under it, STT from 1 in each; only the ward's own plans.
        Assert.Equal(("I", "Kế hoạch số 1/KH-UBND: Kế hoạch cải cách hành chính"), (sheet.Text("A20"), sheet.Text("B20")));
        Assert.Equal((1m, first.Text, unit), (sheet.Number("A21"), sheet.Text("B21"), sheet.Text("H21").Split('\n')[0]));
        Assert.Equal(("II", "Kế hoạch số 2/KH-UBND: Kế hoạch chuyển đổi số"), (sheet.Text("A22"), sheet.Text("B22")));
        Assert.Equal((1m, second.Text, 2m, third.Text), (sheet.Number("A23"), sheet.Text("B23"), sheet.Number("A24"), sheet.Text("B24")));
        Assert.Equal((7m, "mô hình"), (sheet.Number("D24"), sheet.Text("F24")));
        Assert.Equal((0.95m, "0%"), (sheet.Number("D23"), sheet.FormatOf("D23")));
        Assert.DoesNotContain(sheet.AllTexts, text => text.Contains("3/KH-UBND"));
        Assert.Equal(["Nơi nhận:", "- UBND tỉnh Đồng Nai;", "- Lưu: VT."], new[] { "A26", "A27", "A28" }.Select(sheet.Text));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], new[] { "G26", "G27" }.Select(sheet.Text));
        AssertPrintsAsFiled(sheet);

        // The province reads the unit in both wards: its own heading, each plan naming its ward, reported to the ministry.
        using var province = await Targets.ClientAs(TestUser.ProvinceOfficial()).GetAsync(path, Ct);
        using var provinceSheet = new ReportSheet(await province.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("UBND TỈNH ĐỒNG NAI", provinceSheet.Text("A1"));
        Assert.Equal("Đồng Nai, ngày 01 tháng 06 năm 2026", provinceSheet.Text("D3"));
        Assert.Equal(["I", "II", "III"], new[] { "A20", "A22", "A25" }.Select(provinceSheet.Text));
        Assert.Equal("Kế hoạch số 3/KH-UBND (Phường Bình Phước): Kế hoạch của Bình Phước", provinceSheet.Text("B25"));
        Assert.StartsWith("Tổng số 4 chỉ tiêu:", provinceSheet.Text("A9"));
        Assert.Equal("- Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương);", provinceSheet.Text($"A{provinceSheet.RowOf("A", "Nơi nhận:") + 1}"));

        // A unit the ward has no target for is not found, as its board is.
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/units/{Uri.EscapeDataString("Không có đơn vị này")}/board.xlsx", Ct)).StatusCode);
    }

    private static void AssertPrintsAsFiled(ReportSheet sheet)
    {
        var setup = sheet.Sheet.Elements<PageSetup>().Single();
        Assert.Equal((9u, OrientationValues.Landscape, 1u, 0u),
            (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
        Assert.True(sheet.Sheet.Elements<SheetProperties>().Single().PageSetupProperties!.FitToPage!.Value);
        var margins = sheet.Sheet.Elements<PageMargins>().Single();
        Assert.True(margins.Left!.Value >= 1 && margins.Right!.Value >= 0.5 && margins.Top!.Value >= 0.7 && margins.Bottom!.Value >= 0.7);
        var titles = Assert.Single(sheet.Workbook.Workbook.DefinedNames!.Elements<DefinedName>());
        Assert.Equal(("_xlnm.Print_Titles", 0u, $"'{BoardWorkbook.SheetName}'!${BoardWorkbook.HeaderRow}:${BoardWorkbook.HeaderRow}"),
            (titles.Name!.Value!, titles.LocalSheetId!.Value, titles.Text));
        Assert.Equal(10, sheet.Sheet.Descendants<Column>().Count(c => c.Width is not null && c.Width.Value > 5));
    }
}
