using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WardPlatform.Tests.Targets;

/// <summary>A board's report workbook opened with the OpenXml SDK, read as a person checking it would: texts, numbers, formats, print setup.</summary>
internal sealed class ReportSheet : IDisposable
{
    private static readonly Dictionary<uint, string> BuiltInFormats = new() { [0] = "General", [1] = "0", [3] = "#,##0", [9] = "0%", [10] = "0.00%", [14] = "m/d/yyyy" };
    private readonly SpreadsheetDocument _document;
    private readonly Dictionary<string, Cell> _cells;

    public ReportSheet(byte[] bytes)
    {
        _document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Workbook = _document.WorkbookPart!;
        var sheet = Assert.Single(Workbook.Workbook.Sheets!.Elements<Sheet>());
        SheetName = sheet.Name!.Value!;
        Sheet = ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet;
        _cells = Sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
    }

    public WorkbookPart Workbook { get; }
    public Worksheet Sheet { get; }
    public string SheetName { get; }
    private Stylesheet Styles => Workbook.WorkbookStylesPart!.Stylesheet;

    public string Text(string reference) => _cells.TryGetValue(reference, out var cell) ? cell.InnerText : "";

    public bool IsText(string reference) => _cells.TryGetValue(reference, out var cell) && cell.DataType?.Value == CellValues.InlineString;

    /// <summary>The cell's number; fails unless it is stored as a number.</summary>
    public decimal Number(string reference)
    {
        var cell = _cells[reference];
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is stored as a number");
        return decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
    }

    public DateOnly Date(string reference) => new DateOnly(1899, 12, 30).AddDays((int)Number(reference));

    /// <summary>The number format the cell shows its value with ("0%", "dd/mm/yyyy", "General").</summary>
    public string FormatOf(string reference)
    {
        var format = CellFormatOf(reference);
        var id = format.NumberFormatId?.Value ?? 0;
        return Styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value
               ?? BuiltInFormats.GetValueOrDefault(id, $"#{id}");
    }

    public bool IsBold(string reference) =>
        Styles.Fonts!.Elements<Font>().ElementAt((int)(CellFormatOf(reference).FontId?.Value ?? 0)).Bold is not null;

    public IEnumerable<Row> Rows => Sheet.Descendants<Row>();

    /// <summary>The first row whose cell in <paramref name="column"/> says <paramref name="text"/>.</summary>
    public int RowOf(string column, string text) =>
        (int)Rows.First(r => Text($"{column}{r.RowIndex!.Value}") == text).RowIndex!.Value;

    public IEnumerable<string> AllTexts => _cells.Values.Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText);

    public bool IsMerged(string range) => Sheet.Descendants<MergeCell>().Any(m => m.Reference == range);

    public static bool IsNfc(string text) => text.IsNormalized(NormalizationForm.FormC);

    private CellFormat CellFormatOf(string reference) =>
        Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(_cells[reference].StyleIndex?.Value ?? 0));

    public void Dispose() => _document.Dispose();
}
