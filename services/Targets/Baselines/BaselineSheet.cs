using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WardPlatform.Http;

namespace WardPlatform.Targets.Baselines;

/// <summary>One row of a baseline sheet: a year before the platform, a report category (its code) and the count that year.</summary>
public sealed record BaselineRow(int Line, int Year, string Category, decimal Count);

/// <summary>
/// A simple sheet of the counts of years before the platform: columns A year, B category, C count, one row each; a
/// first row of headings (any row whose year is not a number) is skipped. The first sheet of the workbook is read.
/// </summary>
public static class BaselineSheet
{
    public const int MaxRows = 10_000;

    public static List<BaselineRow> Read(byte[] content, FieldErrors errors, string field)
    {
        var rows = new List<BaselineRow>();
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var workbook = document.WorkbookPart!;
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var first = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var sheet = ((WorksheetPart)workbook.GetPartById(first.Id!)).Worksheet;
            foreach (var row in sheet.Descendants<Row>().Take(MaxRows))
            {
                var cells = row.Elements<Cell>().ToDictionary(c => Column(c.CellReference?.Value), c => TextOf(c, strings));
                var line = (int)(row.RowIndex?.Value ?? 0);
                var yearText = cells.GetValueOrDefault('A')?.Trim() ?? "";
                if (!decimal.TryParse(yearText, NumberStyles.Number, CultureInfo.InvariantCulture, out var year)) continue;   // headings
                var countText = (cells.GetValueOrDefault('C') ?? "").Trim().Replace(',', '.');
                if (year != decimal.Truncate(year) || year is < 1990 or > 2100)
                    errors.Add(field, "bad_year", $"Dòng {line}: năm \"{yearText}\" không hợp lệ.");
                else if (!decimal.TryParse(countText, NumberStyles.Number, CultureInfo.InvariantCulture, out var count) || count < 0)
                    errors.Add(field, "bad_count", $"Dòng {line}: số vụ \"{countText}\" phải là một số không âm.");
                else rows.Add(new BaselineRow(line, (int)year, (cells.GetValueOrDefault('B') ?? "").Trim(), count));
            }
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or InvalidOperationException
                                      or FileFormatException or NullReferenceException)
        {
            errors.Add(field, "not_a_workbook", "Không đọc được tệp Excel (.xlsx): cột A năm, cột B loại phản ánh, cột C số vụ.");
        }
        return rows;
    }

    private static char Column(string? reference) => string.IsNullOrEmpty(reference) ? ' ' : char.ToUpperInvariant(reference[0]);

    private static string TextOf(Cell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < strings.Count)
            return strings[index];
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }
}
