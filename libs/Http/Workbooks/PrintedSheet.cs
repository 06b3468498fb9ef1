using DocumentFormat.OpenXml.Spreadsheet;

namespace WardPlatform.Http.Workbooks;

/// <summary>
/// A worksheet set up to print as a report is filed: A4 landscape, one page wide and as many pages long as it takes,
/// the margins of Nghị định 30/2020 (top and bottom 2 cm, left 3 cm, right 1.5 cm), "Trang n/m" at the foot; and the
/// defined name that repeats a table's header row on every printed page.
/// </summary>
public static class PrintedSheet
{
    public const uint A4 = 9;
    public const string PrintTitlesName = "_xlnm.Print_Titles";

    public static Worksheet Of(double[] widths, SheetData data, MergeCells merges) => new(
        new SheetProperties(new PageSetupProperties { FitToPage = true }),
        new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
        data, merges,
        new PageMargins { Left = 1.18, Right = 0.59, Top = 0.79, Bottom = 0.79, Header = 0.3, Footer = 0.3 },
        new PageSetup { PaperSize = A4, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
        new HeaderFooter(new OddFooter("&C&\"Times New Roman\"&10Trang &P/&N")));

    /// <summary>Rows <paramref name="first"/>..<paramref name="last"/> of sheet number <paramref name="sheetIndex"/> (0-based) printed on top of every page.</summary>
    public static DefinedName PrintTitles(uint sheetIndex, string sheetName, int first, int last) =>
        new() { Name = PrintTitlesName, LocalSheetId = sheetIndex, Text = $"'{sheetName}'!${first}:${last}" };
}
