using System.Globalization;
using WardPlatform.Http;

namespace WardPlatform.Rankings.Facts;

/// <summary>
/// The sheet of values the province enters per ward, as it publishes them: a heading row naming the columns
/// (“Mã phường” or “Mã xã” / “Mã đơn vị”, optionally “Tên phường”, “Giá trị”, optionally “Nguồn”), then one row per
/// ward. A ward's sheet for its neighbourhoods names each by “Khu phố” / “Ấp” / “Tổ dân phố” / “Thôn” (its name, as
/// the directory has it, diacritics and case aside) or by “Mã khu phố” (its id). Rows above the headings (a title) and
/// blank rows are skipped. A value is a number (85,5 or 85.5) or “không áp dụng”. Each bad row is named by its row
/// number; the caller stores nothing when any row is bad.
/// </summary>
public static class EnteredSheet
{
    public const int MaxRows = 20_000;
    public const string Field = "file";

    private sealed record Columns(string? Code, string? Name, string Value, string? Record);

    /// <param name="neighbourhoods">The ward's neighbourhoods by id (a ward's sheet), or null (the province's sheet of wards).</param>
    public static List<(int Line, EnteredRow Row)> Read(byte[] content, string? defaultRecord, FieldErrors errors,
        IReadOnlyDictionary<Guid, string>? neighbourhoods = null)
    {
        var byName = neighbourhoods?.GroupBy(n => VietnameseText.Fold(n.Value)).ToDictionary(g => g.Key, g => g.Select(n => n.Key).ToList());
        var rows = new List<(int, EnteredRow)>();
        if (SheetRows.Read(content, MaxRows) is not { } sheet)
        {
            errors.Add(Field, "not_a_workbook", "Không đọc được tệp Excel (.xlsx) có các cột Mã phường, Tên phường, Giá trị.");
            return rows;
        }
        var headingIndex = sheet.FindIndex(r => ColumnsOf(r, byName is not null) is not null);
        if (headingIndex < 0)
        {
            errors.Add(Field, "no_headings", byName is null
                ? "Không thấy dòng tiêu đề có cột “Mã phường” (hoặc “Mã xã”) và cột “Giá trị”."
                : "Không thấy dòng tiêu đề có cột “Khu phố” (hoặc “Ấp”, “Tổ dân phố”, “Mã khu phố”) và cột “Giá trị”.");
            return rows;
        }
        var columns = ColumnsOf(sheet[headingIndex], byName is not null)!;
        var seen = new Dictionary<string, int>();
        foreach (var row in sheet.Skip(headingIndex + 1))
        {
            if (row.Cells.Values.All(string.IsNullOrWhiteSpace)) continue;
            var valueText = row.Text(columns.Value);
            var record = (columns.Record is { } r ? VietnameseText.Clean(row.Text(r)) : null) is { Length: > 0 } own ? own : defaultRecord;
            var before = errors.Count;
            var code = byName is null ? WardOf(row, columns, errors) : NeighbourhoodOf(row, columns, byName, neighbourhoods!, errors) ?? "";
            if (errors.Count == before && seen.TryGetValue(code, out var earlier))
                errors.Add(Field, "duplicate_ward", byName is null
                    ? $"Dòng {row.Line}: phường {code} đã có ở dòng {earlier}."
                    : $"Dòng {row.Line}: khu phố “{neighbourhoods![Guid.Parse(code)]}” đã có ở dòng {earlier}.");
            bool notApplicable = IsNotApplicable(valueText);
            decimal? value = null;
            if (!notApplicable)
            {
                if (decimal.TryParse(valueText.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && Math.Abs(v) < 100_000_000)
                    value = v;
                else
                    errors.Add(Field, "bad_value", valueText.Length == 0
                        ? $"Dòng {row.Line}: chưa có giá trị (ghi một số, hoặc “không áp dụng”)."
                        : $"Dòng {row.Line}: giá trị “{valueText}” không phải là số (ví dụ 85,5) hoặc “không áp dụng”.");
            }
            if (record is not { Length: > 0 })
                errors.Add(Field, "no_record", $"Dòng {row.Line}: cần nêu nguồn (văn bản công bố kết quả) ở cột “Nguồn” hoặc ô Nguồn chung.");
            else if (record.Length > 500)
                errors.Add(Field, "record_too_long", $"Dòng {row.Line}: nguồn không được dài quá 500 ký tự.");
            if (code.Length > 0 && !seen.ContainsKey(code)) seen[code] = row.Line;
            if (errors.Count == before) rows.Add((row.Line, new EnteredRow(code, value, notApplicable, record)));
        }
        if (rows.Count == 0 && !errors.Any) errors.Add(Field, "no_rows", "Tệp không có dòng số liệu nào dưới dòng tiêu đề.");
        return rows;
    }

    private static bool IsNotApplicable(string text) => VietnameseText.Fold(text) is "khong ap dung" or "kad";

    private static string WardOf(SheetRow row, Columns columns, FieldErrors errors)
    {
        var code = row.Text(columns.Code!);
        if (code.Length is 0 or > 20 || !code.All(char.IsAsciiDigit))
            errors.Add(Field, "bad_ward", $"Dòng {row.Line}: mã phường “{code}” phải gồm chữ số (mã đơn vị hành chính).");
        return code;
    }

    /// <summary>The row's neighbourhood id: by its “Mã khu phố” when the sheet has one filled in, else by its name.</summary>
    private static string? NeighbourhoodOf(SheetRow row, Columns columns, Dictionary<string, List<Guid>> byName,
        IReadOnlyDictionary<Guid, string> neighbourhoods, FieldErrors errors)
    {
        var id = columns.Code is { } c ? row.Text(c) : "";
        if (id.Length > 0)
        {
            if (Guid.TryParse(id, out var guid) && neighbourhoods.ContainsKey(guid)) return guid.ToString();
            errors.Add(Field, "bad_neighbourhood", $"Dòng {row.Line}: mã khu phố “{id}” không thuộc danh mục khu phố, ấp của phường.");
            return null;
        }
        var name = columns.Name is { } n ? VietnameseText.Clean(row.Text(n)) ?? "" : "";
        switch (byName.GetValueOrDefault(VietnameseText.Fold(name)))
        {
            case [var only]: return only.ToString();
            case { Count: > 1 }:
                errors.Add(Field, "ambiguous_neighbourhood", $"Dòng {row.Line}: phường có nhiều khu phố tên “{name}”: ghi mã khu phố ở cột “Mã khu phố”.");
                return null;
            default:
                errors.Add(Field, "bad_neighbourhood", name.Length == 0
                    ? $"Dòng {row.Line}: chưa ghi tên khu phố, ấp."
                    : $"Dòng {row.Line}: không có khu phố, ấp “{name}” trong danh mục của phường.");
                return null;
        }
    }

    private static Columns? ColumnsOf(SheetRow row, bool neighbourhoods)
    {
        string? code = null, name = null, value = null, record = null;
        foreach (var (column, text) in row.Cells.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            var heading = VietnameseText.Fold(text);
            if (code is null && (neighbourhoods ? NeighbourhoodHeadings.Any(h => heading.StartsWith("ma " + h))
                    : heading.StartsWith("ma phuong") || heading.StartsWith("ma xa") || heading.StartsWith("ma don vi"))) code = column;
            else if (neighbourhoods && name is null && NeighbourhoodHeadings.Any(h => heading == h || heading.StartsWith(h + " ")
                         || heading.StartsWith(h + ",") || heading.StartsWith(h + "/") || heading.StartsWith("ten " + h))) name = column;
            else if (value is null && heading.StartsWith("gia tri")) value = column;
            else if (record is null && (heading.StartsWith("nguon") || heading.StartsWith("can cu"))) record = column;
        }
        return (code is null && name is null) || value is null ? null : new Columns(code, name, value, record);
    }

    private static readonly string[] NeighbourhoodHeadings = ["khu pho", "to dan pho", "thon", "ap"];
}
