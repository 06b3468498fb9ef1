using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Reports;

/// <summary>
/// A ward's own report categories on the whole platform through the gateway: its administrator edits one the province
/// gave it, adds one, and hands an edited one back to the province's version. Every test works on category codes of its
/// own (added by the province first), so the default categories other tests file into are never changed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WardCategoryTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";
    private const string Police = "Công an phường";
    private const string Urban = "Phòng Kinh tế - Hạ tầng - Đô thị";

    [Fact]
    public async Task A_ward_administrator_edits_adds_and_hands_back_a_category_and_other_staff_only_read()
    {
        await WardReportsPage.OpenAsync(platform, TestUser.TamPhuoc, Ct);
        using var province = platform.ClientAs(WardRoles.ProvinceAdministrator, TestUser.ProvinceCode);
        using var admin = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        using var officer = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var code = await ProvinceAddsAsync(province, deadlineDays: 5);

        using (var refused = await officer.PutAsJsonAsync($"/api/reports/setup/categories/{code}", new { name = "Sửa trái quyền", unit = Police, deadlineDays = 2 }, Ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("ward_admin_only", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/reports/setup/categories/{code}/province-version", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await province.PutAsJsonAsync($"/api/reports/setup/categories/{code}", new { name = "Tỉnh sửa của phường", unit = Police, deadlineDays = 2 }, Ct)).StatusCode);
        Assert.Equal((5, false), Deadline(await CategoryAsync(admin, code)));

        // The ward sets its own deadline; the province's next change passes it by.
        using (var own = await admin.PutAsJsonAsync($"/api/reports/setup/categories/{code}", new { name = "Tụ tập ban đêm", unit = Police, deadlineDays = 2, active = true }, Ct))
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await ProvinceSetsAsync(province, code, "Tụ tập gây mất trật tự", Urban, 9);
        Assert.Equal((2, true), Deadline(await CategoryAsync(admin, code)));

        // Handed back: the province's current version, and its changes from then on.
        using (var back = await admin.PostAsync($"/api/reports/setup/categories/{code}/province-version", null, Ct))
            Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var followed = await CategoryAsync(admin, code);
        Assert.Equal((9, false), Deadline(followed));
        Assert.Equal(("Tụ tập gây mất trật tự", Urban), (followed.GetProperty("name").GetString(), followed.GetProperty("unit").GetString()));
        await ProvinceSetsAsync(province, code, "Tụ tập gây mất trật tự", Urban, 11);
        Assert.Equal((11, false), Deadline(await CategoryAsync(admin, code)));

        // A category of the ward's own: added with a new code, taken from citizens, and with no province version to go back to.
        var ownCode = "phuong-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal("invalid_code", (await RefusedAsync(admin, new { code = "Karaoke Ồn", name = "Karaoke", unit = Police, deadlineDays = 2 })).GetProperty("code")[0].GetString());
        Assert.Equal("out_of_range", (await RefusedAsync(admin, new { code = ownCode, name = "Karaoke", unit = Police, deadlineDays = 0 })).GetProperty("deadlineDays")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/reports/setup/categories", new { code = ownCode, name = "Karaoke", unit = Police, deadlineDays = 2 }, Ct)).StatusCode);
        Assert.DoesNotContain((await SetupAsync(admin)).GetProperty("categories").EnumerateArray(), c => c.GetProperty("code").GetString() == ownCode);
        using (var added = await admin.PostAsJsonAsync("/api/reports/setup/categories", new { code = ownCode, name = "Karaoke gây ồn sau 22 giờ", unit = Police, deadlineDays = 2 }, Ct))
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal((2, true), Deadline(await CategoryAsync(admin, ownCode)));
        using (var twice = await admin.PostAsJsonAsync("/api/reports/setup/categories", new { code = code, name = "Trùng mã", unit = Police, deadlineDays = 2 }, Ct))
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal((11, false), Deadline(await CategoryAsync(admin, code)));   // the refused one changed nothing
        using (var noProvince = await admin.PostAsync($"/api/reports/setup/categories/{ownCode}/province-version", null, Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, noProvince.StatusCode);
            Assert.Equal("not_in_province", (await noProvince.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        }
        var services = await platform.AppHost.Gateway.GetFromJsonAsync<JsonElement>($"/open311/v2/services.json?jurisdiction_id={TestUser.TamPhuoc}", Ct);
        Assert.Contains(services.EnumerateArray(), s => s.GetProperty("service_code").GetString() == ownCode);

        // Another ward never sees Tam Phước's own category.
        await WardReportsPage.OpenAsync(platform, TestUser.BinhPhuoc, Ct);
        using var binhPhuoc = platform.ClientAs(WardRoles.WardAdministrator, TestUser.BinhPhuoc);
        Assert.DoesNotContain((await SetupAsync(binhPhuoc)).GetProperty("categories").EnumerateArray(), c => c.GetProperty("code").GetString() == ownCode);
    }

    [Fact]
    public async Task The_ward_administrator_edits_a_category_on_the_wards_page_and_hands_it_back_to_the_province_and_an_officer_only_reads()
    {
        await WardReportsPage.OpenAsync(platform, TestUser.TamPhuoc, Ct);
        using var province = platform.ClientAs(WardRoles.ProvinceAdministrator, TestUser.ProvinceCode);
        var code = await ProvinceAddsAsync(province, deadlineDays: 6);

        var admin = platform.People.Find(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var page = await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, admin.UserName, admin.Password);
        await page.GotoAsync(Home + "reports");
        await page.Locator("#ward-categories-link").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/reports/ward-categories", StringComparison.Ordinal));
        var row = page.Locator($"#categories tr[data-code='{code}']");
        Assert.Equal("Danh mục của tỉnh", await row.Locator("[data-source]").InnerTextAsync());

        await row.Locator(".edit-category").ClickAsync();
        Assert.Equal(code, await page.GetByLabel("Mã (chữ thường không dấu, chữ số, dấu gạch ngang)").InputValueAsync());
        await page.GetByLabel("Thời hạn giải quyết (ngày làm việc)").FillAsync("61");
        await page.Locator("#save-category").ClickAsync();
        Assert.Equal("Thời hạn giải quyết từ 1 đến 60 ngày làm việc.", await page.Locator("#DeadlineDays-error").InnerTextAsync());
        Assert.Equal("6", await row.Locator("[data-deadline]").InnerTextAsync());   // nothing stored

        await page.GetByLabel("Thời hạn giải quyết (ngày làm việc)").FillAsync("3");
        await page.Locator("#save-category").ClickAsync();
        await page.Locator("#done").WaitForAsync();
        Assert.Equal(("3", "Phường tự đặt"), (await row.Locator("[data-deadline]").InnerTextAsync(), await row.Locator("[data-source]").InnerTextAsync()));

        await row.Locator(".province-version").ClickAsync();
        await page.Locator("#done").WaitForAsync();
        Assert.Contains("dùng lại danh mục của tỉnh", await page.Locator("#done").InnerTextAsync());
        Assert.Equal(("6", "Danh mục của tỉnh"), (await row.Locator("[data-deadline]").InnerTextAsync(), await row.Locator("[data-source]").InnerTextAsync()));
        Assert.Equal(0, await row.Locator(".province-version").CountAsync());

        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var reader = await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, officer.UserName, officer.Password);
        await reader.GotoAsync(Home + "reports/ward-categories");
        Assert.Equal("6", await reader.Locator($"#categories tr[data-code='{code}'] [data-deadline]").InnerTextAsync());
        Assert.Equal(0, await reader.Locator("#category-form").CountAsync());
        Assert.Equal(0, await reader.Locator(".edit-category").CountAsync());
    }

    private async Task<string> ProvinceAddsAsync(HttpClient province, int deadlineDays)
    {
        var code = "kiem-thu-" + Guid.NewGuid().ToString("N")[..8];
        await ProvinceSetsAsync(province, code, "Tụ tập gây mất trật tự", Police, deadlineDays);
        return code;
    }

    private static async Task ProvinceSetsAsync(HttpClient province, string code, string name, string unit, int deadlineDays)
    {
        using var saved = await province.PutAsJsonAsync($"/api/reports/province/categories/{code}", new { name, unit, deadlineDays, active = true }, Ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
    }

    private static Task<JsonElement> SetupAsync(HttpClient ward) => ward.GetFromJsonAsync<JsonElement>("/api/reports/setup", Ct);

    private static async Task<JsonElement> CategoryAsync(HttpClient ward, string code) =>
        (await SetupAsync(ward)).GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);

    private static (int, bool) Deadline(JsonElement category) =>
        (category.GetProperty("deadlineDays").GetInt32(), category.GetProperty("wardOverride").GetBoolean());

    private static async Task<JsonElement> RefusedAsync(HttpClient ward, object body)
    {
        using var response = await ward.PostAsJsonAsync("/api/reports/setup/categories", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("codes");
    }
}
