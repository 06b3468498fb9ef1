using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

public sealed class BoardTests(TestServers servers) : TargetsServiceTests(servers)
{
    [Fact]
    public async Task The_plan_board_groups_targets_by_theme_and_summarises_each_owner_unit()
    {
        var a = Count(10, owner: "Văn phòng HĐND-UBND", theme: "1");
        var b = Count(4, unit: "đợt", owner: "Văn phòng HĐND-UBND", theme: "2");
        var c = Share(95, owner: "Trung tâm Phục vụ hành chính công");
        var plan = await IssueAsync(Plan(TestUser.TamPhuoc, a, b, c));
        await Api.PostAsync($"/targets/{b.TargetId}/progress", ProgressForm("4", "2026-05-31"), Ct);

        var board = (await Api.GetFromJsonAsync<PlanBoardDto>($"/plans/{plan.PlanId}/board", Ct))!;

        Assert.Equal(3, board.TargetCount);
        Assert.Equal(["1", "2"], board.Themes.Select(t => t.ThemeNumber));
        Assert.Equal([a.TargetId], board.Themes[0].Targets.Select(t => t.Id));
        Assert.Equal([b.TargetId, c.TargetId], board.Themes[1].Targets.Select(t => t.Id));
        var office = board.Units.Single(u => u.Unit == "Văn phòng HĐND-UBND");
        Assert.Equal((2, 1, 1), (office.Targets, office.Achieved, office.AtRisk));
        var achieved = board.Themes[1].Targets[0];
        Assert.Equal((4m, new DateOnly(2026, 5, 31), "Đạt", "≥ 4 đợt"), (achieved.LatestValue, achieved.LatestReportedOn, achieved.StatusLabel, achieved.Threshold));
        Assert.Equal(3, board.Totals.Targets);
    }

    [Fact]
    public async Task The_unit_board_lists_a_units_targets_across_plans_of_its_own_ward_only()
    {
        const string Unit = "Phòng Văn hóa - Xã hội";
        var first = Count(owner: Unit);
        var second = Share(owner: Unit);
        await IssueAsync(Plan(TestUser.TamPhuoc, first, Count(owner: "Công an phường")));
        await IssueAsync(Plan(TestUser.TamPhuoc, second));
        await IssueAsync(Plan(TestUser.BinhPhuoc, Count(owner: Unit)));

        var board = (await Api.GetFromJsonAsync<UnitBoardDto>($"/units/{Uri.EscapeDataString(Unit)}/board", Ct))!;

        Assert.Equal(Unit, board.Unit);
        Assert.Equal(new[] { first.TargetId, second.TargetId }.Order(), board.Targets.Select(t => t.Target.Id).Order());
        Assert.Equal(2, board.Totals.Targets);
        var official = (await Targets.ClientAs(TestUser.ProvinceOfficial()).GetFromJsonAsync<UnitBoardDto>($"/units/{Uri.EscapeDataString(Unit)}/board", Ct))!;
        Assert.Equal(3, official.Targets.Count);
        // A unit only Bình Phước has targets for is unknown to Tam Phước.
        await IssueAsync(Plan(TestUser.BinhPhuoc, Count(owner: "Tổ dân phố 5")));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/units/{Uri.EscapeDataString("Tổ dân phố 5")}/board", Ct)).StatusCode);
    }

    [Fact]
    public async Task Another_wards_plan_board_and_export_are_404()
    {
        var plan = await IssueAsync(Plan(TestUser.BinhPhuoc, Count()));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/plans/{plan.PlanId}/board", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/plans/{plan.PlanId}/board.xlsx", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_Excel_export_opens_and_is_laid_out_as_a_ward_sends_it_upward()
    {
        var done = Count(4, unit: "đợt", owner: "Văn phòng HĐND-UBND", theme: "1");
        var waiting = Share(95);
        var plan = await IssueAsync(Plan(TestUser.TamPhuoc, done, waiting) with { Number = "118/KH-UBND", Title = "Kế hoạch thi đua 500 ngày đêm" });
        await Api.PostAsync($"/targets/{done.TargetId}/progress", ProgressForm("4", "2026-05-31"), Ct);

        var response = await Api.GetAsync($"/plans/{plan.PlanId}/board.xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BoardWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToDictionary(r => r.RowIndex!.Value, r => r.Elements<Cell>().Select(c => c.InnerText).ToList());
        Assert.Equal("UBND PHƯỜNG TAM PHƯỚC", rows[1][0]);
        Assert.Equal("BÁO CÁO", rows[BoardWorkbook.TitleRow][0]);
        Assert.Equal("Tiến độ thực hiện chỉ tiêu của Kế hoạch số 118/KH-UBND ngày 05/01/2026: Kế hoạch thi đua 500 ngày đêm", rows[BoardWorkbook.SubjectRow][0]);
        Assert.Equal("Tam Phước, ngày 01 tháng 06 năm 2026", rows[3][0]);
        Assert.Equal(BoardWorkbook.Headers, rows[BoardWorkbook.HeaderRow]);
        // A plan issued without its themes' titles (an older plans service) still groups by theme number.
        Assert.Equal(["1", "Nội dung 1"], rows[BoardWorkbook.HeaderRow + 1][..2]);
        Assert.Equal(["1", done.Text, "≥ 4 đợt", "4", "4", "đợt", "46173", "Văn phòng HĐND-UBND\nNguyễn Văn A", "Đạt", "Đã đạt 4 đợt (chỉ tiêu 4 đợt)."],
            rows[BoardWorkbook.HeaderRow + 2]);
        Assert.Equal(["2", "Nội dung 2"], rows[BoardWorkbook.HeaderRow + 3][..2]);
        Assert.Equal(["1", waiting.Text, "≥ 95%", "0.95", "", "%", "", waiting.OwnerUnit!, "Có nguy cơ"], rows[BoardWorkbook.HeaderRow + 4][..9]);
        Assert.Equal("Nơi nhận:", rows[BoardWorkbook.HeaderRow + 6][0]);

        // The header row is bold, and the columns have widths.
        var styles = document.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var headerCell = sheet.Descendants<Row>().Single(r => r.RowIndex! == BoardWorkbook.HeaderRow).Elements<Cell>().First();
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)headerCell.StyleIndex!.Value);
        Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold);
        Assert.Equal(10, sheet.Descendants<Column>().Count(c => c.Width is not null && c.Width > 5));
    }

    [Fact]
    public async Task The_API_description_lists_the_target_endpoints()
    {
        var description = await Targets.ClientAs(null).GetStringAsync("/openapi/v1.json", Ct);
        foreach (var path in new[] { "/plans/{planId}/targets", "/plans/{planId}/board", "/plans/{planId}/board.xlsx", "/targets/{id}",
                     "/targets/{id}/progress", "/targets/{id}/evidence/{fileId}", "/units/{unit}/board", "/units/{unit}/board.xlsx" })
            Assert.Contains($"\"{path}\"", description);
    }
}
