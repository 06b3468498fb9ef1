using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WardPlatform.Commendations.Register;

/// <summary>One sheet: a title row, a header row, then the rows; numbers stay numbers so Excel can sum the prizes.</summary>
public static class SimpleWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(string sheetName, string title, string[] headers, IEnumerable<object[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, [title]));
            data.Append(Row(3, headers));
            uint index = 4;
            foreach (var row in rows) data.Append(Row(index++, row));
            sheetPart.Worksheet = new Worksheet(new Columns(headers.Select((_, i) =>
                new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = i == 0 ? 6 : 32, CustomWidth = true })), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, object[] values)
    {
        var row = new Row { RowIndex = index };
        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            var reference = $"{(char)('A' + i)}{index}";
            row.Append(value switch
            {
                int or long or decimal or double => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDecimal(value)) },
                _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value?.ToString() ?? "")) },
            });
        }
        return row;
    }
}
