using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WardPlatform.Tests.Infrastructure;

/// <summary>An .xlsx as staff type one: text as shared strings, numbers as numbers, one row per array, row numbers from 1.</summary>
public static class TestWorkbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Sheet(params object[][] rows) => Sheet("Trang tính 1", rows);

    public static byte[] Sheet(string name, params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            uint index = 1;
            foreach (var row in rows)
            {
                var cells = row.Select((value, c) =>
                {
                    var reference = $"{(char)('A' + c)}{index}";
                    if (value is string text)
                    {
                        strings.SharedStringTable.Append(new SharedStringItem(new Text(text)));
                        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.SharedStringTable.Count() - 1) };
                    }
                    return new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDecimal(value)) };
                });
                data.Append(new Row(cells) { RowIndex = index++ });
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = name }));
        }
        return stream.ToArray();
    }
}
