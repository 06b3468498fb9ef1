using WardPlatform.Http;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Handling;
using WardPlatform.Http.Workbooks;
using static WardPlatform.Http.Workbooks.ReportStyles;

namespace WardPlatform.Reports.Summary;

/// <summary>
/// A period's reports as the monthly report (báo cáo) a ward sends upward, in the style of the targets board export:
/// the issuing body and the national motto, the title, ward and period; sheet "Tổng hợp" with the counts by category
/// and status and the on-time share per category and unit; sheet "Danh sách phản ánh" with one row per report (code,
/// date, category, place, status, due date, on time), its header repeated on every printed page. Counts, shares and
/// dates are stored as numbers; both sheets print on A4 landscape, one page wide. No reporter's contact.
/// </summary>
public static class MonthlyReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SummarySheet = "Tổng hợp";
    public const string ListSheet = "Danh sách phản ánh";
    public const string Title = "BÁO CÁO KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT PHẢN ÁNH, KIẾN NGHỊ VỀ TRẬT TỰ ĐÔ THỊ, AN NINH TRẬT TỰ";
    public const int CountsHeaderRow = 8;
    public const int ListHeaderRow = 6;

    public static readonly ReportStatus[] StatusColumns =
        [ReportStatus.Received, ReportStatus.Assigned, ReportStatus.InProgress, ReportStatus.Resolved, ReportStatus.Verified, ReportStatus.Rejected, ReportStatus.Duplicate];
    public static readonly string[] CountsHeaders =
        ["STT", "Loại phản ánh", "Tổng số", .. StatusColumns.Select(ReportStatuses.Label), "Quá hạn", "Tỷ lệ đúng hạn (%)"];
    public static readonly string[] ListHeaders = ["STT", "Mã phản ánh", "Ngày tiếp nhận", "Loại phản ánh", "Địa điểm", "Trạng thái", "Hạn giải quyết", "Đúng hạn"];
    private static readonly double[] CountsWidths = [6, 36, 10, 11, 12, 11, 12, 12, 10, 9, 10, 14];
    private static readonly double[] ListWidths = [6, 14, 14, 34, 46, 16, 14, 16];
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static byte[] Build(WardFigures figures, IReadOnlyList<Report> reports, DateOnly today)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = ReportStyles.Stylesheet();
            var counts = workbook.AddNewPart<WorksheetPart>();
            counts.Worksheet = CountsSheet(figures, reports, today);
            var list = workbook.AddNewPart<WorksheetPart>();
            list.Worksheet = ListSheetOf(figures, reports, today);
            workbook.Workbook.Append(
                new Sheets(
                    new Sheet { Id = workbook.GetIdOfPart(counts), SheetId = 1, Name = SummarySheet },
                    new Sheet { Id = workbook.GetIdOfPart(list), SheetId = 2, Name = ListSheet }),
                new DefinedNames(PrintedSheet.PrintTitles(1, ListSheet, ListHeaderRow, ListHeaderRow)));
        }
        return stream.ToArray();
    }

    private static Worksheet CountsSheet(WardFigures figures, IReadOnlyList<Report> reports, DateOnly today)
    {
        var data = new SheetData();
        var merges = new MergeCells();
        Letterhead(data, merges, figures, lastColumn: 'L', mottoColumn: 6);
        AddRow(data, 6, (0, $"Ngày lập báo cáo: {VietnamClock.Show(today)}", Plain));
        AddRow(data, 7, (0, "I. SỐ PHẢN ÁNH THEO LOẠI VÀ TRẠNG THÁI", BoldCentered));
        AddRow(data, CountsHeaderRow, CountsHeaders.Select((h, i) => (i, (object)h, TableHeader)).ToArray());
        var row = (uint)CountsHeaderRow;
        var number = 0;
        foreach (var category in reports.GroupBy(r => r.CategoryName).OrderBy(g => g.Key, StringComparer.Create(Vietnamese, false)))
            AddRow(data, ++row, CountsRow(++number, category.Key, category.ToList(), today, Body, Number, Share));
        AddRow(data, ++row, CountsRow(null, "Tổng cộng", reports, today, BoldBody, BoldNumber, BoldShare));

        row += 2;
        AddRow(data, row, (0, "II. TỶ LỆ GIẢI QUYẾT ĐÚNG HẠN THEO ĐƠN VỊ", BoldCentered));
        AddRow(data, ++row, (0, "STT", TableHeader), (1, "Đơn vị xử lý", TableHeader), (2, "Đã giải quyết", TableHeader), (3, "Đúng hạn", TableHeader), (4, "Tỷ lệ (%)", TableHeader));
        number = 0;
        foreach (var unit in reports.Where(r => r.OnTime is not null).GroupBy(r => r.Unit ?? "").OrderBy(g => g.Key, StringComparer.Create(Vietnamese, false)))
            AddRow(data, ++row, (0, ++number, Number), (1, unit.Key, Body), (2, unit.Count(), Number), (3, unit.Count(r => r.OnTime == true), Number),
                (4, (object?)WardFigures.OnTimeShareOf(unit) ?? "", Share));

        row += 2;
        AddRow(data, row, (0, "III. TÁI PHÁT, ĐIỂM NÓNG", BoldCentered));
        AddRow(data, ++row, (1, "Tỷ lệ tái phát (%)", Body), (2, (object?)figures.RelapseRate ?? "", Share));
        AddRow(data, ++row, (1, "Phản ánh quá hạn chưa giải quyết", Body), (2, figures.OverdueCount, Number));
        return PrintedSheet.Of(CountsWidths, data, merges);
    }

    private static (int, object, uint)[] CountsRow(int? number, string label, IReadOnlyList<Report> reports, DateOnly today, uint text, uint count, uint share)
    {
        var cells = new List<(int, object, uint)> { (0, (object?)number ?? "", count), (1, label, text), (2, reports.Count, count) };
        cells.AddRange(StatusColumns.Select((s, i) => (3 + i, (object)reports.Count(r => r.Status == s), count)));
        cells.Add((3 + StatusColumns.Length, reports.Count(r => r.Status != ReportStatus.Duplicate && r.IsOverdue(today)), count));
        cells.Add((4 + StatusColumns.Length, (object?)WardFigures.OnTimeShareOf(reports.Where(r => r.Status != ReportStatus.Duplicate)) ?? "", share));
        return [.. cells];
    }

    private static Worksheet ListSheetOf(WardFigures figures, IReadOnlyList<Report> reports, DateOnly today)
    {
        var data = new SheetData();
        var merges = new MergeCells();
        Letterhead(data, merges, figures, lastColumn: 'H', mottoColumn: 4, title: "DANH SÁCH PHẢN ÁNH, KIẾN NGHỊ");
        AddRow(data, ListHeaderRow, ListHeaders.Select((h, i) => (i, (object)h, TableHeader)).ToArray());
        var row = (uint)ListHeaderRow;
        var number = 0;
        foreach (var r in reports)
        {
            var place = string.Join(", ", new[] { QueueItem.AddressOf(r), r.NeighbourhoodName }.Where(s => !string.IsNullOrEmpty(s)));
            AddRow(data, ++row, (0, ++number, Number), (1, r.Reference, Body), (2, r.ReceivedOn, Date), (3, r.CategoryName, Body), (4, place, Body),
                (5, ReportStatuses.Label(r.Status), Body), (6, r.DueOn, Date), (7, OnTimeLabel(r, today), Body));
        }
        return PrintedSheet.Of(ListWidths, data, merges);
    }

    /// <summary>"Có" or "Không" once resolved (by the original due date); an open report past it is already late.</summary>
    public static string OnTimeLabel(Report r, DateOnly today) => r.OnTime switch
    {
        true => "Có",
        false => "Không",
        null when r.IsOverdue(today) => "Không (quá hạn)",
        null when ReportStatuses.IsOpen(r.Status) => "Chưa đến hạn",
        _ => "",
    };

    private static void Letterhead(SheetData data, MergeCells merges, WardFigures figures, char lastColumn, int mottoColumn, string title = Title)
    {
        var motto = (char)('A' + mottoColumn);
        AddRow(data, 1, (0, "UBND " + figures.WardName.ToUpper(Vietnamese), BoldCentered), (mottoColumn, AdministrativeDocument.Motto, BoldCentered));
        AddRow(data, 2, (mottoColumn, AdministrativeDocument.MottoLine, BoldCentered));
        AddRow(data, 3, (0, title, Heading));
        AddRow(data, 4, (0, $"Kỳ báo cáo: từ ngày {VietnamClock.Show(figures.From)} đến ngày {VietnamClock.Show(figures.To)}", Plain));
        merges.Append(new MergeCell { Reference = $"A1:{(char)(motto - 2)}1" }, new MergeCell { Reference = $"{motto}1:{lastColumn}1" },
            new MergeCell { Reference = $"{motto}2:{lastColumn}2" }, new MergeCell { Reference = $"A3:{lastColumn}3" }, new MergeCell { Reference = $"A4:{lastColumn}4" });
    }

    private static void AddRow(SheetData data, uint row, params (int Column, object Value, uint Style)[] cells) => SheetCells.AddRow(data, row, cells);
}
