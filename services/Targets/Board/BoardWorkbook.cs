using WardPlatform.Http;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Board;

/// <summary>
/// A plan's target board as a ward sends it upward: the issuing body and the national motto, the report's title,
/// plan and date, then one row per target (STT, content, threshold, owner, result, date, status, note).
/// </summary>
public static class BoardWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static readonly string[] Headers = ["STT", "Nội dung chỉ tiêu", "Chỉ tiêu", "Đơn vị chủ trì", "Kết quả", "Ngày báo cáo", "Tình trạng", "Ghi chú"];
    public const int HeaderRow = 8;
    private static readonly double[] Widths = [6, 60, 22, 26, 14, 14, 16, 60];

    private const uint Plain = 0, Bold = 1, Header = 2, Body = 3, Title = 4;

    public static byte[] Build(PlanBoard board, string wardName, DateOnly today)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var merges = new MergeCells();

            var plan = board.Plan;
            AddRow(data, 1, (0, "UBND " + wardName.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), Bold),
                (4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold));
            AddRow(data, 2, (4, "Độc lập - Tự do - Hạnh phúc", Bold));
            AddRow(data, 4, (0, "Báo cáo tiến độ thực hiện chỉ tiêu", Title));
            AddRow(data, 5, (0, $"Kế hoạch số {plan.Number}: {plan.Title}", Plain));
            AddRow(data, 6, (0, $"Ngày {VietnamClock.Show(today)}", Plain));
            foreach (var row in new[] { 4, 5, 6 }) merges.Append(new MergeCell { Reference = $"A{row}:H{row}" });
            merges.Append(new MergeCell { Reference = "A1:C1" }, new MergeCell { Reference = "E1:H1" }, new MergeCell { Reference = "E2:H2" });

            AddRow(data, HeaderRow, Headers.Select((h, i) => (i, h, Header)).ToArray());
            var number = 0;
            foreach (var t in board.Targets)
            {
                number++;
                AddRow(data, (uint)(HeaderRow + number),
                    (0, number.ToString(), Body), (1, t.Text, Body), (2, TargetDto.ThresholdOf(t), Body), (3, t.OwnerUnit ?? "", Body),
                    (4, t.LatestValue is { } v ? VietnamClock.Show(v, ResultUnit(t)) : "", Body),
                    (5, t.LatestReportedOn is { } d ? VietnamClock.Show(d) : "", Body),
                    (6, TargetStatuses.Label(t.Status), Body), (7, t.StatusReason, Body));
            }

            var columns = new Columns(Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
            sheetPart.Worksheet = new Worksheet(columns, data, merges);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Tiến độ chỉ tiêu",
            }));
        }
        return stream.ToArray();
    }

    // A rank is a place and a reduction is reported as the measured level: neither takes the threshold's unit.
    private static string ResultUnit(Target t) => t.Kind is TargetKind.Rank or TargetKind.Reduction ? "" : t.Unit;

    private static void AddRow(SheetData data, uint row, params (int Column, string Text, uint Style)[] cells)
    {
        var r = new Row { RowIndex = row };
        foreach (var (column, text, style) in cells.OrderBy(c => c.Column))
            r.Append(new Cell
            {
                CellReference = $"{(char)('A' + column)}{row}",
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        data.Append(r);
    }

    private static Stylesheet Styles()
    {
        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Times New Roman" })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(
                new Border(),
                new Border(
                    new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                    new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder())),
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center } },
                new CellFormat
                {
                    FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true,
                    Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true },
                },
                new CellFormat
                {
                    BorderId = 1, ApplyBorder = true, ApplyAlignment = true,
                    Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true },
                },
                new CellFormat { FontId = 2, ApplyFont = true, ApplyAlignment = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center } }));
    }
}
