using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WardPlatform.Http.Workbooks;

/// <summary>
/// Writes a worksheet's rows with typed cells: whole and decimal numbers as numbers, <see cref="DateOnly"/> as Excel date
/// serials (the style's format shows them dd/mm/yyyy), anything else as inline text. Column 0 is "A".
/// </summary>
public static class SheetCells
{
    /// <summary>Day 0 of Excel's 1900 date system as it counts after February 1900 (serial 1 = 1 January 1900).</summary>
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    public static Row AddRow(SheetData data, uint row, params (int Column, object Value, uint Style)[] cells)
    {
        var r = new Row { RowIndex = row };
        foreach (var (column, value, style) in cells.OrderBy(c => c.Column)) r.Append(Cell(column, row, value, style));
        data.Append(r);
        return r;
    }

    public static Cell Cell(int column, uint row, object value, uint style)
    {
        var cell = new Cell { CellReference = $"{Column(column)}{row}", StyleIndex = style };
        switch (value)
        {
            case int or long or decimal or double:
                cell.DataType = CellValues.Number;
                // Without the trailing zeros a numeric(18,4) column brings back (4.0000 is written 4).
                cell.CellValue = new CellValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture) / 1.000000000000000000000000000000000m);
                break;
            case DateOnly date:
                cell.CellValue = new CellValue(date.DayNumber - ExcelEpoch.DayNumber);
                break;
            default:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(value.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve });
                break;
        }
        return cell;
    }

    /// <summary>The date a date cell holds, for reading workbooks back.</summary>
    public static DateOnly DateOf(double serial) => ExcelEpoch.AddDays((int)serial);

    /// <summary>"A" for 0, "Z" for 25, "AA" for 26.</summary>
    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>Merges columns <paramref name="first"/>..<paramref name="last"/> of one row.</summary>
    public static MergeCell Merge(uint row, int first, int last) => new() { Reference = $"{Column(first)}{row}:{Column(last)}{row}" };
}
