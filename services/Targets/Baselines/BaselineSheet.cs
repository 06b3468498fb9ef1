using System.Globalization;
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
        if (SheetRows.Read(content, MaxRows) is not { } sheet)
        {
            errors.Add(field, "not_a_workbook", "Không đọc được tệp Excel (.xlsx): cột A năm, cột B loại phản ánh, cột C số vụ.");
            return rows;
        }
        foreach (var row in sheet)
        {
            var line = row.Line;
            var yearText = row.Text("A");
            if (!decimal.TryParse(yearText, NumberStyles.Number, CultureInfo.InvariantCulture, out var year)) continue;   // headings
            var countText = row.Text("C").Replace(',', '.');
            if (year != decimal.Truncate(year) || year is < 1990 or > 2100)
                errors.Add(field, "bad_year", $"Dòng {line}: năm \"{yearText}\" không hợp lệ.");
            else if (!decimal.TryParse(countText, NumberStyles.Number, CultureInfo.InvariantCulture, out var count) || count < 0)
                errors.Add(field, "bad_count", $"Dòng {line}: số vụ \"{countText}\" phải là một số không âm.");
            else rows.Add(new BaselineRow(line, (int)year, row.Text("B"), count));
        }
        return rows;
    }
}
