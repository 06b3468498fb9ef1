using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Reports;

/// <summary>The ward's figures over a period, its monthly report in Excel, the province's figures per ward; no reporter's contact in any.</summary>
public sealed class ReportSummaryTests(TestServers servers) : ReportsServiceTests(servers)
{
    private const string Period = "from=2026-02-01&to=2026-02-28";
    private const string Phone = "0912345678";
    private const string Name = "Nguyễn Thị Hoa";

    private async Task<(Guid Resolved, Guid Open, Guid Other)> FileThreeAsync()
    {
        var (_, resolved) = await FileAsync(Form(house: "7", anonymous: false, name: Name, phone: Phone));
        var (_, open) = await FileAsync(Form(house: "9"));
        var (_, other) = await FileAsync(Form(category: "ve-sinh", house: "11"));
        Assert.Equal(HttpStatusCode.OK, (await ResolveAsync(resolved)).StatusCode);
        Clock.Advance(TimeSpan.FromDays(60));                                                  // the two left open are past due
        return (resolved, open, other);
    }

    [Fact]
    public async Task The_wards_figures_count_by_status_and_category_with_on_time_shares_and_the_overdue_list()
    {
        var (_, open, other) = await FileThreeAsync();
        using var response = await Officer.GetAsync("/summary?" + Period, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Phone, text);
        Assert.DoesNotContain(Name, text);
        var summary = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Phường Tam Phước", summary.GetProperty("wardName").GetString());
        Assert.Equal(3, summary.GetProperty("total").GetInt32());
        Assert.Equal(1, summary.GetProperty("byStatus").GetProperty("Đã giải quyết").GetInt32());
        Assert.Equal(2, summary.GetProperty("byStatus").GetProperty("Đã phân công").GetInt32());
        Assert.Equal(2, summary.GetProperty("byCategory").EnumerateObject().First(c => c.Name.StartsWith("Lấn chiếm")).Value.GetInt32());
        Assert.Equal(100m, summary.GetProperty("onTimeShare").GetDecimal());
        Assert.Equal(2, summary.GetProperty("overdueCount").GetInt32());
        Assert.Equal(new[] { open, other }.Order(), summary.GetProperty("overdue").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).Order());

        var march = await Officer.GetFromJsonAsync<JsonElement>("/summary?from=2026-03-01&to=2026-03-31", Ct);
        Assert.Equal(0, march.GetProperty("total").GetInt32());                               // received in February: not March's
        var bad = await Officer.GetAsync("/summary?from=2026-03-01&to=2026-02-01", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("before_from", (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("codes").GetProperty("to")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Officer.GetAsync("/summary/reports.xlsx?from=2026-13-01", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_monthly_report_in_excel_has_the_title_ward_period_counts_and_list_as_numbers_and_dates_printed_a4_landscape()
    {
        await FileThreeAsync();
        using var response = await Officer.GetAsync("/summary/reports.xlsx?" + Period, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        using (var zip = new ZipArchive(new MemoryStream(bytes)))
            foreach (var entry in zip.Entries)
            {
                var xml = new StreamReader(entry.Open()).ReadToEnd();
                Assert.DoesNotContain(Phone, xml);
                Assert.DoesNotContain(Name, xml);
            }

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Tổng hợp", "Danh sách phản ánh"], sheets.Select(s => s.Name!.Value!));
        var printTitles = Assert.Single(workbook.Workbook.DefinedNames!.Elements<DefinedName>());
        Assert.Equal(("_xlnm.Print_Titles", 1u, "'Danh sách phản ánh'!$6:$6"), (printTitles.Name!.Value!, printTitles.LocalSheetId!.Value, printTitles.Text));
        var formats = workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var cellFormats = workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();

        Cell CellAt(int sheet, string reference) =>
            ((WorksheetPart)workbook.GetPartById(sheets[sheet].Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        string TextAt(int sheet, string reference) => CellAt(sheet, reference).InnerText;
        decimal NumberAt(int sheet, string reference)
        {
            var cell = CellAt(sheet, reference);
            Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is stored as a number");
            return decimal.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var part in sheets.Select(s => ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet))
        {
            var setup = part.Elements<PageSetup>().Single();
            Assert.Equal((9u, OrientationValues.Landscape), (setup.PaperSize!.Value, setup.Orientation!.Value));
        }
        Assert.Equal("UBND PHƯỜNG TAM PHƯỚC", TextAt(0, "A1"));
        Assert.Contains("PHẢN ÁNH, KIẾN NGHỊ", TextAt(0, "A3"));
        Assert.Equal("Kỳ báo cáo: từ ngày 01/02/2026 đến ngày 28/02/2026", TextAt(0, "A4"));
        Assert.Equal("Tổng số", TextAt(0, "C8"));
        Assert.Equal("Tổng cộng", TextAt(0, "B11"));                                            // two categories, then the total
        Assert.Equal(3m, NumberAt(0, "C11"));
        Assert.Equal(2m, NumberAt(0, "K11"));                                                   // overdue
        Assert.Equal(100m, NumberAt(0, "L11"));                                                 // on-time share (%)

        Assert.Equal("Mã phản ánh", TextAt(1, "B6"));
        Assert.Matches("^PA-\\d{6}$", TextAt(1, "B7"));
        Assert.Equal(1m, NumberAt(1, "A7"));
        var received = CellAt(1, "C7");
        Assert.Equal(new DateOnly(2026, 2, 12), DateOnly.FromDateTime(DateTime.FromOADate((double)NumberAt(1, "C7"))));
        Assert.Equal("dd/mm/yyyy", formats[cellFormats[(int)received.StyleIndex!.Value].NumberFormatId!.Value]);
        Assert.Equal("Có", TextAt(1, "H7"));                                                    // the first, resolved on time
        Assert.Equal("Không (quá hạn)", TextAt(1, "H8"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Citizen.GetAsync("/summary/reports.xlsx", Ct)).StatusCode);   // nobody signed out reads it
    }

    [Fact]
    public async Task The_province_sees_each_wards_figures_side_by_side_without_contacts()
    {
        await FileThreeAsync();
        using var province = Reports.ClientAs(TestUser.ProvinceOfficial());
        using var response = await province.GetAsync("/summary/wards?" + Period, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Phone, text);
        var ward = Assert.Single(JsonDocument.Parse(text).RootElement.EnumerateArray());
        Assert.Equal((TestUser.TamPhuoc, "Phường Tam Phước", 3, 2), (ward.GetProperty("tenantCode").GetString(), ward.GetProperty("wardName").GetString(),
            ward.GetProperty("total").GetInt32(), ward.GetProperty("overdueCount").GetInt32()));
        using var neighbour = Reports.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc));
        Assert.Equal(0, (await neighbour.GetFromJsonAsync<JsonElement>("/summary?" + Period, Ct)).GetProperty("total").GetInt32());
    }
}
