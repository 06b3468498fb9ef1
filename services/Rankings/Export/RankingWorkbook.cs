using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WardPlatform.Rankings.Live;

namespace WardPlatform.Rankings.Export;

/// <summary>
/// A published ranking laid out as the province publishes results: a title, the period and method version, then
/// STT, đơn vị, điểm, xếp hạng, xếp loại, thay đổi (▲ climbed, ▼ fell, "—" unchanged or new).
/// </summary>
public static class RankingWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static readonly string[] Headers = ["STT", "Đơn vị", "Điểm", "Xếp hạng", "Xếp loại", "Thay đổi"];
    public const int HeaderRow = 5;
    private static readonly double[] Widths = [6, 40, 12, 12, 12, 14];
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static byte[] Build(RankingView view, IReadOnlyDictionary<string, string> names)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var d = view.Definition;
            Add(data, 1, (0, "KẾT QUẢ XẾP HẠNG " + d.Name.ToUpper(Vietnamese), 1u));
            Add(data, 2, (0, $"Kỳ đánh giá: {d.PeriodStart:dd/MM/yyyy} – {d.PeriodEnd:dd/MM/yyyy}; phương pháp phiên bản {d.Version}; thang điểm {d.TotalPoints:0}", 0u));
            if (d.Cluster is { } cluster) Add(data, 3, (0, "Khối thi đua: " + cluster, 0u));
            Add(data, HeaderRow, Headers.Select((h, i) => (i, h, 2u)).ToArray());
            var number = 0;
            foreach (var row in view.Wards)
            {
                number++;
                Add(data, (uint)(HeaderRow + number),
                    (0, number.ToString(CultureInfo.InvariantCulture), 3u), (1, names.GetValueOrDefault(row.Ward) ?? row.Ward, 3u),
                    (2, row.Score.ToString("0.##", Vietnamese), 3u), (3, row.Rank?.ToString(CultureInfo.InvariantCulture) ?? "Chưa xếp hạng", 3u),
                    (4, row.Band ?? "", 3u), (5, Change(row.RankChange), 3u));
            }
            var columns = new Columns(Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
            sheetPart.Worksheet = new Worksheet(columns, data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Xếp hạng" }));
        }
        return stream.ToArray();
    }

    public static string Change(int? rankChange) => rankChange switch
    {
        > 0 => $"▲ {rankChange}",
        < 0 => $"▼ {-rankChange}",
        _ => "—",
    };

    private static void Add(SheetData data, uint row, params (int Column, string Text, uint Style)[] cells)
    {
        var r = new Row { RowIndex = row };
        foreach (var (column, text, style) in cells)
            r.Append(new Cell
            {
                CellReference = $"{(char)('A' + column)}{row}", DataType = CellValues.InlineString, StyleIndex = style,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        data.Append(r);
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border(), new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder())),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { FontId = 2, BorderId = 1, ApplyFont = true, ApplyBorder = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, WrapText = true } },
            new CellFormat { BorderId = 1, ApplyBorder = true }));
}
