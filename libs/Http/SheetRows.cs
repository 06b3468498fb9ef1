using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WardPlatform.Http;

/// <summary>One row of a worksheet: its row number as Excel shows it and each cell's text by column letter (A, B…).</summary>
public sealed record SheetRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string Text(string column) => Cells.GetValueOrDefault(column)?.Trim() ?? "";
}

/// <summary>
/// The rows of the first worksheet of an uploaded .xlsx (shared, inline and plain cells as text), for the uploads
/// that take a simple sheet (targets' baselines, the values rankings enter per ward). A file that is not a workbook
/// gives null.
/// </summary>
public static class SheetRows
{
    public static List<SheetRow>? Read(byte[] content, int maxRows)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var workbook = document.WorkbookPart!;
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var first = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var sheet = ((WorksheetPart)workbook.GetPartById(first.Id!)).Worksheet;
            return sheet.Descendants<Row>().Take(maxRows)
                .Select(row => new SheetRow((int)(row.RowIndex?.Value ?? 0), row.Elements<Cell>()
                    .GroupBy(c => Column(c.CellReference?.Value)).ToDictionary(g => g.Key, g => TextOf(g.First(), strings))))
                .ToList();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or InvalidOperationException
                                      or FileFormatException or NullReferenceException or KeyNotFoundException or ArgumentException)
        {
            return null;
        }
    }

    private static string Column(string? reference) =>
        string.IsNullOrEmpty(reference) ? "" : new string(reference.TakeWhile(char.IsAsciiLetter).Select(char.ToUpperInvariant).ToArray());

    private static string TextOf(Cell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < strings.Count)
            return strings[index];
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }
}
