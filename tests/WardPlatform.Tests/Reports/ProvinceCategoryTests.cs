using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Reports;

/// <summary>
/// A province's categories, inherited by its wards, on the whole platform through the gateway. Every test works on a
/// category code of its own, so the default categories other tests file into are never changed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProvinceCategoryTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";
    private static string NewCode() => "kiem-thu-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_ward_follows_the_provinces_changes_to_a_category_it_did_not_edit_and_keeps_its_own_where_it_did()
    {
        await WardReportsPage.OpenAsync(platform, TestUser.TamPhuoc, Ct);
        await WardReportsPage.OpenAsync(platform, TestUser.BinhPhuoc, Ct);
        using var province = platform.ClientAs(WardRoles.ProvinceAdministrator, TestUser.ProvinceCode);
        using var tamPhuoc = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        using var binhPhuoc = platform.ClientAs(WardRoles.WardAdministrator, TestUser.BinhPhuoc);
        var code = NewCode();

        // A new province category appears in every open ward of the province.
        using (var added = await province.PutAsJsonAsync($"/api/reports/province/categories/{code}",
                   new { name = "Tụ tập gây mất trật tự", unit = DefaultUnits.Police, deadlineDays = 2, active = true }, Ct))
            Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        Assert.Equal((2, false), DeadlineAndOverride(await CategoryAsync(tamPhuoc, code)));
        Assert.Equal((2, false), DeadlineAndOverride(await CategoryAsync(binhPhuoc, code)));

        // Bình Phước sets its own deadline for it.
        using (var own = await binhPhuoc.PutAsJsonAsync($"/api/reports/setup/categories/{code}",
                   new { name = "Tụ tập đông người ban đêm", unit = DefaultUnits.Police, deadlineDays = 7 }, Ct))
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        // The province changes the deadline and the unit: Tam Phước follows, Bình Phước keeps what it set.
        using (var changed = await province.PutAsJsonAsync($"/api/reports/province/categories/{code}",
                   new { name = "Tụ tập gây mất trật tự công cộng", unit = DefaultUnits.Urban, deadlineDays = 12, active = true }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            var saved = await changed.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(1, saved.GetProperty("category").GetProperty("wardsOverriding").GetInt32());
        }
        var followed = await CategoryAsync(tamPhuoc, code);
        Assert.Equal((12, false), DeadlineAndOverride(followed));
        Assert.Equal(("Tụ tập gây mất trật tự công cộng", DefaultUnits.Urban), (followed.GetProperty("name").GetString(), followed.GetProperty("unit").GetString()));
        var kept = await CategoryAsync(binhPhuoc, code);
        Assert.Equal((7, true), DeadlineAndOverride(kept));
        Assert.Equal("Tụ tập đông người ban đêm", kept.GetProperty("name").GetString());
        var list = await province.GetFromJsonAsync<JsonElement>("/api/reports/province/categories", Ct);
        Assert.Equal(12, list.EnumerateArray().Single(c => c.GetProperty("code").GetString() == code).GetProperty("deadlineDays").GetInt32());

        // A new report in Tam Phước is due by the new deadline and routed to the new unit; Open311 lists the category as the ward has it.
        var setup = await tamPhuoc.GetFromJsonAsync<JsonElement>("/api/reports/setup", Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(code), "category" }, { new StringContent($"Đường Thời Hạn {Guid.NewGuid():N}"[..26]), "street" },
            { new StringContent(setup.GetProperty("neighbourhoods")[0].GetProperty("id").GetString()!), "neighbourhoodId" },
            { new StringContent("Nhóm thanh niên tụ tập nẹt pô lúc nửa đêm"), "description" }, { new StringContent("true"), "anonymous" },
        };
        using var filed = await platform.AppHost.Gateway.PostAsync($"/api/reports/public/wards/{TestUser.TamPhuoc}/reports", form, Ct);
        Assert.True(filed.StatusCode == HttpStatusCode.Created, await filed.Content.ReadAsStringAsync(Ct));
        var dueOn = DateOnly.Parse((await filed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("dueOn").GetString()!);
        Assert.Equal(await WorkingDaysAfterTodayAsync(tamPhuoc, 12), dueOn);
        var queue = await tamPhuoc.GetFromJsonAsync<JsonElement>($"/api/reports/reports?category={code}", Ct);
        Assert.Equal(DefaultUnits.Urban, queue.GetProperty("items")[0].GetProperty("unit").GetString());
        var services = await platform.AppHost.Gateway.GetFromJsonAsync<JsonElement>($"/open311/v2/services.json?jurisdiction_id={TestUser.TamPhuoc}", Ct);
        var service = services.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == code);
        Assert.Contains("12 ngày làm việc", service.GetProperty("description").GetString());

        // The province stops taking it: Tam Phước's citizens no longer see it, Bình Phước (its own) still takes it.
        using (var stopped = await province.PutAsJsonAsync($"/api/reports/province/categories/{code}",
                   new { name = "Tụ tập gây mất trật tự công cộng", unit = DefaultUnits.Urban, deadlineDays = 12, active = false }, Ct))
            Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        services = await platform.AppHost.Gateway.GetFromJsonAsync<JsonElement>($"/open311/v2/services.json?jurisdiction_id={TestUser.TamPhuoc}", Ct);
        Assert.DoesNotContain(services.EnumerateArray(), s => s.GetProperty("service_code").GetString() == code);
        Assert.True((await CategoryAsync(binhPhuoc, code)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Ward_staff_and_province_officials_are_refused_and_bad_input_is_400_naming_the_field_with_nothing_stored()
    {
        await WardReportsPage.OpenAsync(platform, TestUser.TamPhuoc, Ct);
        using var province = platform.ClientAs(WardRoles.ProvinceAdministrator, TestUser.ProvinceCode);
        using var tamPhuoc = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        using var official = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        var code = NewCode();
        var valid = new { name = "Karaoke gây ồn", unit = DefaultUnits.Police, deadlineDays = 3, active = true };

        Assert.Equal(HttpStatusCode.Forbidden, (await tamPhuoc.GetAsync("/api/reports/province/categories", Ct)).StatusCode);
        using (var ward = await tamPhuoc.PutAsJsonAsync($"/api/reports/province/categories/{code}", valid, Ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, ward.StatusCode);
            Assert.Equal("province_only", (await ward.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync("/api/reports/province/categories", Ct)).StatusCode);   // reads
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PutAsJsonAsync($"/api/reports/province/categories/{code}", valid, Ct)).StatusCode);

        var fields = await RefusedAsync(province, code, new { name = "  ", unit = new string('x', 201), deadlineDays = 61, active = true });
        Assert.Equal("required", fields.GetProperty("name")[0].GetString());
        Assert.Equal("too_long", fields.GetProperty("unit")[0].GetString());
        Assert.Equal("out_of_range", fields.GetProperty("deadlineDays")[0].GetString());
        Assert.Equal("out_of_range", (await RefusedAsync(province, code, new { valid.name, valid.unit, deadlineDays = 0 })).GetProperty("deadlineDays")[0].GetString());
        Assert.Equal("invalid_code", (await RefusedAsync(province, "Karaoke-Ồn", valid)).GetProperty("code")[0].GetString());
        Assert.Equal("invalid_code", (await RefusedAsync(province, "karaoke--on", valid)).GetProperty("code")[0].GetString());

        using (var message = await province.PutAsJsonAsync($"/api/reports/province/categories/{code}", new { valid.name, valid.unit, deadlineDays = 90 }, Ct))
        {
            var problem = await message.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal("Thời hạn giải quyết từ 1 đến 60 ngày làm việc.", problem.GetProperty("errors").GetProperty("deadlineDays")[0].GetString());
        }
        var list = await province.GetFromJsonAsync<JsonElement>("/api/reports/province/categories", Ct);
        Assert.DoesNotContain(list.EnumerateArray(), c => c.GetProperty("code").GetString() is { } c2 && (c2 == code || c2.StartsWith("karaoke", StringComparison.Ordinal)));
        var setup = await tamPhuoc.GetFromJsonAsync<JsonElement>("/api/reports/setup", Ct);
        Assert.DoesNotContain(setup.GetProperty("categories").EnumerateArray(), c => c.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task The_province_administrator_adds_a_category_on_its_page_with_the_error_beside_the_field_and_a_ward_officer_is_refused()
    {
        var admin = platform.People.Find(WardRoles.ProvinceAdministrator, TestUser.ProvinceCode);
        var page = await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, admin.UserName, admin.Password);
        await page.GotoAsync(Home + "reports/summary");
        await page.Locator("#categories-link").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/reports/categories", StringComparison.Ordinal));
        Assert.Equal("Lấn chiếm lòng đường, vỉa hè", await page.Locator("#categories tr[data-code='lan-chiem'] [data-name]").InnerTextAsync());

        var code = NewCode();
        await page.GetByLabel("Mã (chữ thường không dấu, chữ số, dấu gạch ngang)").FillAsync(code);
        await page.GetByLabel("Tên loại phản ánh").FillAsync("Chăn thả gia súc trên đường");
        await page.GetByLabel("Đơn vị xử lý").FillAsync(DefaultUnits.Urban);
        await page.GetByLabel("Thời hạn giải quyết (ngày làm việc)").FillAsync("61");
        await page.Locator("#save-category").ClickAsync();
        Assert.Equal("Thời hạn giải quyết từ 1 đến 60 ngày làm việc.", await page.Locator("#DeadlineDays-error").InnerTextAsync());
        Assert.Equal(0, await page.Locator($"#categories tr[data-code='{code}']").CountAsync());
        Assert.Equal("Chăn thả gia súc trên đường", await page.GetByLabel("Tên loại phản ánh").InputValueAsync());   // kept for correction

        await page.GetByLabel("Thời hạn giải quyết (ngày làm việc)").FillAsync("4");
        await page.Locator("#save-category").ClickAsync();
        await page.Locator("#done").WaitForAsync();
        var row = page.Locator($"#categories tr[data-code='{code}']");
        Assert.Equal(("Chăn thả gia súc trên đường", "4"), (await row.Locator("[data-name]").InnerTextAsync(), await row.Locator("[data-deadline]").InnerTextAsync()));

        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var ward = await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, officer.UserName, officer.Password);
        var refused = await ward.GotoAsync(Home + "reports/categories");
        Assert.Equal(403, refused!.Status);
        Assert.Contains("cấp tỉnh", await ward.Locator("#problem").InnerTextAsync());
        Assert.Equal(0, await ward.Locator("#category-form").CountAsync());
    }

    private static class DefaultUnits
    {
        public const string Police = "Công an phường";
        public const string Urban = "Phòng Kinh tế - Hạ tầng - Đô thị";
    }

    private static async Task<JsonElement> CategoryAsync(HttpClient ward, string code)
    {
        var setup = await ward.GetFromJsonAsync<JsonElement>("/api/reports/setup", Ct);
        return setup.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);
    }

    private static (int, bool) DeadlineAndOverride(JsonElement category) =>
        (category.GetProperty("deadlineDays").GetInt32(), category.GetProperty("wardOverride").GetBoolean());

    private static async Task<JsonElement> RefusedAsync(HttpClient province, string code, object body)
    {
        using var response = await province.PutAsJsonAsync($"/api/reports/province/categories/{Uri.EscapeDataString(code)}", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("codes");
    }

    /// <summary>The n-th working day after today in Vietnam, on the calendar the ward's deadlines count on (weekends, national and province days off).</summary>
    private static async Task<DateOnly> WorkingDaysAfterTodayAsync(HttpClient ward, int days)
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var off = new HashSet<DateOnly>();
        foreach (var year in new[] { today.Year, today.Year + 1 })
            foreach (var day in (await ward.GetFromJsonAsync<JsonElement>($"/api/reports/calendar?year={year}", Ct)).EnumerateArray())
                off.Add(DateOnly.Parse(day.GetProperty("date").GetString()!));
        var due = today;
        for (var counted = 0; counted < days;)
        {
            due = due.AddDays(1);
            if (due.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !off.Contains(due)) counted++;
        }
        return due;
    }
}
