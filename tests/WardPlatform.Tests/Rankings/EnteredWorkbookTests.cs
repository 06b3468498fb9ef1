using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task A_ward_uploads_its_neighbourhoods_values_by_their_names_and_ranks_them_and_a_bad_name_stores_nothing()
    {
        var (khuPho1, khuPho2, apTan) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var neighbourhoods = System.Text.Json.JsonSerializer.Serialize(new[]
        {
            new { id = khuPho1, name = "Khu phố Phước Hiệp" }, new { id = khuPho2, name = "Khu phố Phước Trung" }, new { id = apTan, name = "Ấp Tân Lễ" },
        });
        var chairman = Rankings.ClientAs(TestUser.WardChairman(TestUser.TamPhuoc));

        var bad = Workbook(
            ["ĐIỂM CHẤM KHU PHỐ VĂN HÓA NĂM 2026"],
            ["Khu phố, ấp", "Giá trị", "Nguồn"],
            ["khu pho phuoc hiep", 92m, "Biên bản chấm điểm ngày 05/11/2026"],   // no diacritics, lower case: found
            ["Khu phố Phước Lộc", 80m, "Biên bản chấm điểm ngày 05/11/2026"],    // not the ward's
            ["KHU PHỐ PHƯỚC HIỆP", 90m, "Biên bản chấm điểm ngày 05/11/2026"]);  // the same one again
        var refused = await UploadAsync(chairman, bad, neighbourhoods, key: "khu-pho-van-hoa");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var messages = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("file")
            .EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Equal(["Dòng 4: không có khu phố, ấp “Khu phố Phước Lộc” trong danh mục của phường.",
            "Dòng 5: khu phố “Khu phố Phước Hiệp” đã có ở dòng 3."], messages);
        Assert.Equal(0, await Rankings.QueryAsync(db => db.EnteredValues.IgnoreQueryFilters().CountAsync(v => v.Key == "khu-pho-van-hoa")));
        // Without the ward's list of neighbourhoods, and by an officer (not a manager): refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(chairman, bad, neighbourhoods: "[]", key: "khu-pho-van-hoa")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(Ward(TestUser.TamPhuoc), bad, neighbourhoods, key: "khu-pho-van-hoa")).StatusCode);

        var good = Workbook(
            ["Tổ dân phố", "Giá trị"],
            ["Khu phố Phước Hiệp", 92m],
            ["khu phố phước trung", "75,5"],
            ["Ấp Tân Lễ", "không áp dụng"]);
        var stored = await UploadAsync(chairman, good, neighbourhoods, key: "khu-pho-van-hoa");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var summary = await stored.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((3, 1), (summary.GetProperty("rows").GetInt32(), summary.GetProperty("notApplicable").GetInt32()));
        Assert.Equal(3, await Rankings.QueryAsync(db => db.EnteredValues.IgnoreQueryFilters()
            .CountAsync(v => v.Key == "khu-pho-van-hoa" && v.TenantCode == TestUser.TamPhuoc)));

        var created = await chairman.PostAsJsonAsync("/definitions", new
        {
            name = "Khu phố văn hóa 2026", level = "neighbourhoods", periodStart = "2026-01-01", periodEnd = "2026-12-31", totalPoints = 100,
            criteria = new[] { new { code = "vh", area = "Văn hóa", name = "Điểm chấm khu phố văn hóa", points = 100, source = "entered:khu-pho-van-hoa", floor = 50, target = 100 } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var rows = (await chairman.GetFromJsonAsync<JsonElement>($"/definitions/{id}/live", Ct)).GetProperty("wards").EnumerateArray()
            .ToDictionary(w => w.GetProperty("ward").GetString()!);
        Assert.Equal(84.00m, rows[khuPho1.ToString()].GetProperty("score").GetDecimal());   // 100 × (92 − 50) / 50 = 84
        Assert.Equal(51.00m, rows[khuPho2.ToString()].GetProperty("score").GetDecimal());   // 100 × (75.5 − 50) / 50 = 51
        Assert.Equal((1, 2), (rows[khuPho1.ToString()].GetProperty("rank").GetInt32(), rows[khuPho2.ToString()].GetProperty("rank").GetInt32()));
        Assert.False(rows[apTan.ToString()].GetProperty("ranked").GetBoolean());
        // The province's own values of the same key are its wards', not these.
        Assert.Equal(0, await Rankings.QueryAsync(db => db.EnteredValues.IgnoreQueryFilters().CountAsync(v => v.Key == "khu-pho-van-hoa" && v.TenantCode == TestUser.ProvinceCode)));
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string? neighbourhoods = null, string key = "par-index")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(key), "key" }, { new StringContent("2026"), "year" },
            { new StringContent("Quyết định 12/QĐ-UBND công bố Chỉ số CCHC năm 2026"), "record" },
        };
        if (neighbourhoods is not null) form.Add(new StringContent(neighbourhoods), "neighbourhoods");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "chi-so-cchc-2026.xlsx");
        return await client.PostAsync("/entered-values/workbook", form, Ct);
    }

    private static byte[] Workbook(params object[][] rows) => TestWorkbooks.Sheet("Kết quả", rows);
}
