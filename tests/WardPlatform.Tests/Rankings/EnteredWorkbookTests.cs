using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Rankings;

/// <summary>
/// “Tỉnh tải lên bảng kết quả Chỉ số CCHC của các phường”: the sheet as the province publishes it (a title row, the
/// headings Mã phường / Tên phường / Giá trị), a bad row named by its number with nothing stored, then the good sheet
/// giving each ward its value in the ranking.
/// </summary>
public sealed class EnteredWorkbookTests(TestServers servers) : RankingsServiceTests(servers)
{
    [Fact]
    public async Task A_sheet_with_bad_rows_names_each_row_and_stores_nothing_then_the_corrected_sheet_ranks_the_wards()
    {
        var bad = Workbook(
            ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
            ["Mã phường", "Tên phường", "Giá trị"],
            [TestUser.TamPhuoc, "Phường Tam Phước", 85.5m],
            [TestUser.BinhPhuoc, "Phường Bình Phước", "không áp dụng"],
            ["26x", "Phường gõ nhầm mã", 70m],
            ["26074", "Phường Long Hương", "tám mươi"],
            [TestUser.TamPhuoc, "Phường Tam Phước (lặp)", 90m]);
        var refused = await UploadAsync(Province, bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var messages = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("file")
            .EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Equal(3, messages.Count);
        Assert.StartsWith("Dòng 5: mã phường “26x”", messages[0]);
        Assert.StartsWith("Dòng 6: giá trị “tám mươi” không phải là số", messages[1]);
        Assert.Equal($"Dòng 7: phường {TestUser.TamPhuoc} đã có ở dòng 3.", messages[2]);
        Assert.Equal(0, await Rankings.QueryAsync(db => db.EnteredValues.IgnoreQueryFilters().CountAsync()));

        // Not a workbook at all, and a ward's officer: refused, nothing stored.
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(Province, "Mã phường;Giá trị"u8.ToArray())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(Ward(TestUser.TamPhuoc), bad)).StatusCode);

        var good = Workbook(
            ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
            ["Mã phường", "Tên phường", "Giá trị"],
            [TestUser.TamPhuoc, "Phường Tam Phước", "85,5"],
            [TestUser.BinhPhuoc, "Phường Bình Phước", "Không áp dụng"],
            [],
            ["26074", "Phường Long Hương", 70m]);
        var stored = await UploadAsync(Province, good);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var summary = await stored.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(3, summary.GetProperty("rows").GetInt32());
        Assert.Equal(1, summary.GetProperty("notApplicable").GetInt32());

        var created = await Province.PostAsJsonAsync("/definitions", new
        {
            name = "Xếp hạng Chỉ số CCHC 2026", periodStart = "2026-01-01", periodEnd = "2026-12-31", totalPoints = 100,
            wards = new[] { TestUser.TamPhuoc, TestUser.BinhPhuoc, "26074" },
            criteria = new[] { new { code = "par", area = "Cải cách hành chính", name = "Chỉ số CCHC", points = 100, source = "entered:par-index", floor = 0, target = 100 } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var live = await Province.GetFromJsonAsync<JsonElement>($"/definitions/{id}/live", Ct);
        var rows = live.GetProperty("wards").EnumerateArray().ToDictionary(w => w.GetProperty("ward").GetString()!);
        Assert.Equal(85.50m, rows[TestUser.TamPhuoc].GetProperty("score").GetDecimal());
        Assert.Equal(1, rows[TestUser.TamPhuoc].GetProperty("rank").GetInt32());
        Assert.Equal(70.00m, rows["26074"].GetProperty("score").GetDecimal());
        Assert.False(rows[TestUser.BinhPhuoc].GetProperty("ranked").GetBoolean());   // not applicable: under 80% applicable
        var why = await Province.GetFromJsonAsync<JsonElement>($"/definitions/{id}/wards/{TestUser.TamPhuoc}/explanation", Ct);
        Assert.Contains("Quyết định 12/QĐ-UBND", why.GetRawText());
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("par-index"), "key" }, { new StringContent("2026"), "year" },
            { new StringContent("Quyết định 12/QĐ-UBND công bố Chỉ số CCHC năm 2026"), "record" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "chi-so-cchc-2026.xlsx");
        return await client.PostAsync("/entered-values/workbook", form, Ct);
    }

    /// <summary>A sheet as the province types it: text as shared strings, numbers as numbers, row numbers from 1.</summary>
    private static byte[] Workbook(params object[][] rows)
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
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Kết quả" }));
        }
        return stream.ToArray();
    }
}
