using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WardPlatform.Contracts;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Reports;

/// <summary>Reports on the whole platform: a citizen in Chromium files and follows, staff resolve, a verified report moves a plan's computed target.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReportPlatformTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";

    [Fact]
    public async Task A_citizen_files_with_a_gps_photo_past_a_duplicate_suggestion_staff_resolve_and_the_citizen_confirms()
    {
        var admin = platform.People.Find(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var staff = await SignedInPageAsync(admin);
        await staff.GotoAsync(Home + "reports");                          // opens Tam Phước to reports from the directory
        await staff.Locator("#queue").WaitForAsync();
        using var office = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var setup = await office.GetFromJsonAsync<JsonElement>("/api/reports/setup", Ct);
        var neighbourhood = setup.GetProperty("neighbourhoods")[0];
        var street = $"Đường Kiểm Thử {Guid.NewGuid():N}"[..28];

        // Someone reported the same spot before.
        using var earlier = new MultipartFormDataContent
        {
            { new StringContent("lan-chiem"), "category" }, { new StringContent(street), "street" },
            { new StringContent(neighbourhood.GetProperty("id").GetString()!), "neighbourhoodId" },
            { new StringContent("Bày hàng lấn chiếm vỉa hè trước chợ"), "description" }, { new StringContent("true"), "anonymous" },
        };
        Assert.Equal(HttpStatusCode.Created, (await platform.AppHost.Gateway.PostAsync($"/api/reports/public/wards/{TestUser.TamPhuoc}/reports", earlier, Ct)).StatusCode);

        var photo = Path.Combine(Path.GetTempPath(), $"gps-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, TestImages.JpegWithGps(), Ct);
        var citizen = await chromium.NewPageAsync();
        await citizen.GotoAsync(Home);
        await citizen.Locator("#report-new-link").ClickAsync();
        await citizen.Locator("#q").FillAsync("tam phuoc");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await citizen.Locator($"#ward-list a[data-ward='{TestUser.TamPhuoc}']").ClickAsync();
        Assert.Equal("Phường Tam Phước", await citizen.Locator("#ward-name").InnerTextAsync());
        await citizen.Locator("#category").SelectOptionAsync("lan-chiem");
        await citizen.Locator("#neighbourhoodId").SelectOptionAsync(neighbourhood.GetProperty("id").GetString()!);
        await citizen.Locator("#street").FillAsync(street);
        await citizen.Locator("#description").FillAsync("Quán cà phê kê bàn ghế chiếm hết vỉa hè, người đi bộ phải xuống lòng đường");
        await citizen.Locator("#photos").SetInputFilesAsync(photo);
        await citizen.Locator("#send").ClickAsync();
        await citizen.Locator("#similar").WaitForAsync();
        Assert.Equal(1, await citizen.Locator("#similar-list li").CountAsync());
        await citizen.Locator("#file-anyway").ClickAsync();
        var code = await citizen.Locator("#tracking-code").InnerTextAsync();
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        await citizen.Locator("#track-link").ClickAsync();
        Assert.Equal("Assigned", await citizen.Locator("#status").GetAttributeAsync("data-status"));

        // Staff see it routed by category, and resolve it with an after-photo.
        await staff.GotoAsync(Home + "reports?category=lan-chiem");
        var row = staff.Locator("#queue tbody tr", new() { HasText = street }).First;
        Assert.Equal("Phòng Kinh tế - Hạ tầng - Đô thị", await row.Locator("[data-unit]").InnerTextAsync());
        var id = await row.GetAttributeAsync("data-id");
        await row.Locator("a").First.ClickAsync();
        await staff.Locator("#start").ClickAsync();
        await staff.Locator("#resolve-note").FillAsync("Đã nhắc nhở, chủ quán dọn bàn ghế, trả lại vỉa hè");
        await staff.Locator("#resolve-photos").SetInputFilesAsync(photo);
        await staff.Locator("#resolve").ClickAsync();
        Assert.Equal("Resolved", await staff.Locator("#status").GetAttributeAsync("data-status"));

        // The stored photos carry no EXIF.
        var detail = await office.GetFromJsonAsync<JsonElement>($"/api/reports/reports/{id}", Ct);
        foreach (var p in detail.GetProperty("photos").EnumerateArray())
        {
            var bytes = await office.GetByteArrayAsync($"/api/reports/reports/{id}/photos/{p.GetProperty("id").GetString()}", Ct);
            Assert.False(TestImages.HasExif(bytes));
        }

        await citizen.ReloadAsync();
        Assert.Equal("Resolved", await citizen.Locator("#status").GetAttributeAsync("data-status"));
        await citizen.Locator("#confirm").ClickAsync();
        Assert.Equal("Verified", await citizen.Locator("#status").GetAttributeAsync("data-status"));
        File.Delete(photo);
    }

    [Fact]
    public async Task A_reduction_target_computed_from_verified_incidents_moves_through_the_gateway_and_no_answer_but_the_offices_carries_the_reporter()
    {
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        using var office = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        await WardReportsPage.OpenTamPhuocAsync(platform, Ct);
        var target = new JsonObject
        {
            ["text"] = "Kéo giảm ít nhất 20% vụ vi phạm so với năm 2025", ["kind"] = "Reduction", ["value"] = 20, ["unit"] = "%",
            ["baselineYear"] = 2025, ["source"] = ComputedTargetSources.VerifiedIncidents,
        };
        var number = $"{Random.Shared.Next(100, 999)}/KH-UBND-PA";
        using var created = await chairman.PostAsJsonAsync("/api/plans/plans", new JsonObject
        {
            ["number"] = number, ["title"] = "Kế hoạch kéo giảm vi phạm trật tự đô thị", ["targets"] = new JsonArray(target),
        }, Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var planId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await chairman.PostAsJsonAsync($"/api/plans/plans/{planId}/issue", new { issuedOn = "2026-01-05" }, Ct)).StatusCode);
        var registered = await Eventually.HoldsAsync(() => TargetAsync(chairman, planId), t => t is not null, TimeSpan.FromSeconds(30), "target registered", Ct);
        var before = registered!.Value.GetProperty("latestValue").GetDecimal();
        var targetId = registered.Value.GetProperty("id").GetGuid();
        using var categories = await office.PutAsJsonAsync($"/api/targets/targets/{targetId}/report-categories", new { categories = new[] { "xay-dung" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, categories.StatusCode);
        before = (await TargetAsync(chairman, planId))!.Value.GetProperty("latestValue").GetDecimal();
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"/api/targets/targets/{targetId}/baseline", new { value = before + 10 }, Ct)).StatusCode);

        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("xay-dung"), "category" }, { new StringContent("Đường Tam Phước " + Guid.NewGuid().ToString("N")[..6]), "street" },
            { new StringContent("Xây dựng lấn chiếm hành lang an toàn đường bộ"), "description" }, { new StringContent("false"), "anonymous" },
            { new StringContent("Trần Văn Bình"), "reporterName" }, { new StringContent(phone), "reporterPhone" },
        };
        var filed = await platform.AppHost.Gateway.PostAsync($"/api/reports/public/wards/{TestUser.TamPhuoc}/reports", form, Ct);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var queue = await office.GetFromJsonAsync<JsonElement>("/api/reports/reports?category=xay-dung&pageSize=1", Ct);
        var id = queue.GetProperty("items")[0].GetProperty("id").GetString()!;
        Assert.Equal(phone, (await office.GetFromJsonAsync<JsonElement>($"/api/reports/reports/{id}/contact", Ct)).GetProperty("phone").GetString());

        using var resolve = new MultipartFormDataContent { { new StringContent("Đã lập biên bản, buộc tháo dỡ"), "note" } };
        resolve.Add(new ByteArrayContent(TestImages.Jpeg()), "photos", "sau.jpg");
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"/api/reports/reports/{id}/resolve", resolve, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/reports/reports/{id}/verify", new { }, Ct)).StatusCode);
        var moved = await Eventually.HoldsAsync(() => TargetAsync(chairman, planId), t => t?.GetProperty("latestValue").GetDecimal() == before + 1,
            TimeSpan.FromSeconds(30), "the verified report counted on the ward's computed target", Ct);
        Assert.Contains("mức giảm", moved!.Value.GetProperty("statusReason").GetString());         // judged as a reduction against 2025

        // Every reports GET, as everyone but the office, for this report: the phone is in none of them.
        var document = JsonNode.Parse(await platform.AppHost.Gateway.GetStringAsync("/api/reports/openapi/v1.json", Ct))!;
        var paths = document["paths"]!.AsObject().Where(p => p.Value!["get"] is not null).Select(p => p.Key).ToList();
        var readers = new[]
        {
            platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc), platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc),
            platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode), platform.ClientAs(WardRoles.WardAdministrator, TestUser.BinhPhuoc),
            platform.AppHost.Gateway,
        };
        foreach (var path in paths)
        foreach (var reader in readers)
        {
            var url = "/api/reports" + System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", m => m.Value.Contains("ward") ? TestUser.TamPhuoc : m.Value.Contains("year") ? "2026" : id);
            using var response = await reader.GetAsync(url, Ct);
            Assert.DoesNotContain(phone, await response.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task An_open311_client_posts_through_the_gateway_with_its_key_and_reads_the_request_by_id_and_by_token_in_json_and_xml()
    {
        using var office = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        await WardReportsPage.OpenTamPhuocAsync(platform, Ct);
        using var issued = await office.PostAsJsonAsync("/api/reports/open311/keys", new { name = "Ứng dụng thử qua cổng" }, Ct);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var key = (await issued.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("apiKey").GetString()!;
        var client = platform.AppHost.Gateway;
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
        FormUrlEncodedContent Post(string apiKey) => new(new Dictionary<string, string>
        {
            ["api_key"] = apiKey, ["jurisdiction_id"] = TestUser.TamPhuoc, ["service_code"] = "ve-sinh",
            ["address_string"] = "Đường Tam Phước " + Guid.NewGuid().ToString("N")[..6], ["description"] = "Rác thải đổ trộm ven đường nhiều ngày",
            ["phone"] = phone, ["first_name"] = "Lê", ["last_name"] = "Hoa",
        });
        using var refused = await client.PostAsync("/open311/v2/requests.json", Post("o311_wrong"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).ValueKind);

        using var posted = await client.PostAsync("/open311/v2/requests.json", Post(key), Ct);
        Assert.True(posted.StatusCode == HttpStatusCode.Created, await posted.Content.ReadAsStringAsync(Ct));
        var answer = (await posted.Content.ReadFromJsonAsync<JsonElement>(Ct))[0];
        var id = answer.GetProperty("service_request_id").GetString()!;
        var token = answer.GetProperty("token").GetString()!;
        var jurisdiction = "jurisdiction_id=" + TestUser.TamPhuoc;

        var byId = (await client.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{id}.json?{jurisdiction}", Ct))[0];
        Assert.Equal(("open", "ve-sinh"), (byId.GetProperty("status").GetString(), byId.GetProperty("service_code").GetString()));
        Assert.EndsWith("+07:00", byId.GetProperty("requested_datetime").GetString());
        var byIdXml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync($"/open311/v2/requests/{id}.xml?{jurisdiction}", Ct));
        Assert.Equal(id, byIdXml.Root!.Element("request")!.Element("service_request_id")!.Value);
        var byToken = (await client.GetFromJsonAsync<JsonElement>($"/open311/v2/tokens/{token}.json?{jurisdiction}", Ct))[0];
        Assert.Equal(id, byToken.GetProperty("service_request_id").GetString());
        var byTokenXml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync($"/open311/v2/tokens/{token}.xml?{jurisdiction}", Ct));
        Assert.Equal(id, byTokenXml.Root!.Element("request")!.Element("service_request_id")!.Value);
        foreach (var path in new[] { $"/open311/v2/requests/{id}.json?{jurisdiction}", $"/open311/v2/requests.xml?{jurisdiction}&status=open" })
            Assert.DoesNotContain(phone, await client.GetStringAsync(path, Ct));
    }

    [Fact]
    public async Task Staff_read_the_wards_summary_and_download_its_monthly_report_and_the_province_sees_the_wards_side_by_side()
    {
        var admin = platform.People.Find(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var staff = await SignedInPageAsync(admin);
        await staff.GotoAsync(Home + "reports");                          // opens Tam Phước to reports from the directory
        await staff.Locator("#queue").WaitForAsync();
        await FileAnonymousReportAsync();                                 // at least one this year, whatever ran before
        await staff.Locator("#summary-link").ClickAsync();
        await staff.WaitForURLAsync(url => url.Contains("/reports/summary"));
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        Assert.Equal($"01/{today:MM/yyyy}", await staff.GetByLabel("Từ ngày").InputValueAsync());          // this month by default
        await staff.GetByLabel("Từ ngày").FillAsync("01/01/2026");
        await staff.GetByLabel("Đến ngày").FillAsync(today.ToString("dd/MM/yyyy"));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await staff.Locator("#by-status").WaitForAsync();
        var total = int.Parse(await staff.Locator("#total").InnerTextAsync());
        Assert.True(total > 0, "Tam Phước has reports this year (this test filed one)");
        var download = await staff.RunAndWaitForDownloadAsync(() => staff.Locator("#excel-link").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(await download.PathAsync(), false))
            Assert.Equal(["Tổng hợp", "Danh sách phản ánh"], workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!));

        await staff.GotoAsync(Home + "reports/summary?from=31/02/2026");
        Assert.Contains("dd/MM/yyyy", await staff.Locator("#from-error").InnerTextAsync());

        var official = await SignedInPageAsync(platform.People.Find(WardRoles.ProvinceOfficial, TestUser.ProvinceCode));
        await official.GotoAsync(Home + $"reports/summary?from=01/01/2026&to={today:dd/MM/yyyy}");
        var row = official.Locator($"#wards tr[data-ward='{TestUser.TamPhuoc}']");
        Assert.Equal(total.ToString(), await row.Locator("[data-total]").InnerTextAsync());
        Assert.Equal(0, await official.Locator("#excel-link").CountAsync());
    }

    private async Task FileAnonymousReportAsync()
    {
        using var office = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var setup = await office.GetFromJsonAsync<JsonElement>("/api/reports/setup", Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("ve-sinh"), "category" }, { new StringContent($"Đường Tổng Hợp {Guid.NewGuid():N}"[..26]), "street" },
            { new StringContent(setup.GetProperty("neighbourhoods")[0].GetProperty("id").GetString()!), "neighbourhoodId" },
            { new StringContent("Rác thải đổ trộm ven đường"), "description" }, { new StringContent("true"), "anonymous" },
        };
        using var filed = await platform.AppHost.Gateway.PostAsync($"/api/reports/public/wards/{TestUser.TamPhuoc}/reports", form, Ct);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
    }

    private static async Task<JsonElement?> TargetAsync(HttpClient client, Guid planId)
    {
        using var response = await client.GetAsync($"/api/targets/plans/{planId}/board", Ct);
        if (!response.IsSuccessStatusCode) return null;
        var board = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return board.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("targets").EnumerateArray())
            .FirstOrDefault(t => t.GetProperty("latestValue").ValueKind == JsonValueKind.Number) is { ValueKind: JsonValueKind.Object } found ? found : null;
    }

    private async Task<IPage> SignedInPageAsync(Testing.DemoPerson person)
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(Home + "signin");
        await page.GetByLabel("Tên đăng nhập").FillAsync(person.UserName);
        await page.GetByLabel("Mật khẩu").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(Home);
        return page;
    }
}
