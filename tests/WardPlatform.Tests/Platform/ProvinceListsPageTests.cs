using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// The province's lists at province size, in Chromium at 1366×900: the plan list by ward (a ward column, no ward drafts),
/// the units of some hundred wards searched without diacritics and paged; and the plan-number conflict that names the
/// ward and links to the plan that has the number.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProvinceListsPageTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_province_official_filters_the_plan_list_by_ward_and_the_province_administrator_searches_and_pages_the_units()
    {
        var token = Random.Shared.Next(10000, 99999);
        using var officer = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        var issued = await ConfirmAsync(officer, $"{token}/KH-UBND", $"Kế hoạch thi đua lọc theo phường {token}");
        using (var issuing = await chairman.PostAsJsonAsync($"/api/plans/plans/{issued}/issue", new { }, Ct))
            Assert.Equal(System.Net.HttpStatusCode.OK, issuing.StatusCode);
        await ConfirmAsync(officer, $"{token}/KH-DT", $"Dự thảo lọc theo phường {token}");
        await ConfirmAsync(province, $"{token}/KH-TINH", $"Kế hoạch của tỉnh lọc theo phường {token}");

        var page = await SignedInPageAsync(platform.People.Find(WardRoles.ProvinceOfficial, TestUser.ProvinceCode));
        await page.GotoAsync(Home + "plans");
        await page.Locator("#q").FillAsync($"loc theo phuong {token}");
        await page.Locator("#ward").SelectOptionAsync(new SelectOptionValue { Label = "Phường Tam Phước" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"ward={TestUser.TamPhuoc}"));
        // The ward's issued plan, with its ward named; not its draft, and not the province's plan.
        var rows = page.Locator("#plans tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Equal($"{token}/KH-UBND", await rows.Locator("td").First.InnerTextAsync());
        Assert.Equal("Phường Tam Phước", await rows.Locator("td.plan-ward").InnerTextAsync());
        Assert.Equal("Phường Tam Phước", await page.Locator("#ward option:checked").InnerTextAsync());
        Assert.Equal("Trang 1/1", await page.Locator(".pager-label").InnerTextAsync());

        // By level: the province's own, named "Tỉnh" (its drafts are its own to see).
        await page.Locator("#ward").SelectOptionAsync("");
        await page.Locator("#level").SelectOptionAsync("Province");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("level=Province"));
        Assert.Equal(1, await rows.CountAsync());
        Assert.Equal(("Tỉnh", $"{token}/KH-TINH"), (await rows.Locator("td.plan-ward").InnerTextAsync(), await rows.Locator("td").First.InnerTextAsync()));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 1366 px");

        // The province administrator: Đồng Nai's units, searched without diacritics, 50 a page.
        var admin = await SignedInPageAsync(platform.People.Find(WardRoles.ProvinceAdministrator, TestUser.ProvinceCode));
        await admin.GotoAsync(Home + "admin/units");
        var label = await admin.Locator(".pager-label").InnerTextAsync();
        var pages = int.Parse(Regex.Match(label, @"^Trang 1/(\d+)$").Groups[1].Value);
        Assert.True(pages >= 20, $"95 wards' units take many pages ({label})");
        Assert.Equal(50, await admin.Locator("#units tbody tr").CountAsync());
        await admin.Locator(".pager-next").ClickAsync();
        await admin.WaitForURLAsync(url => url.Contains("trang=2"));
        Assert.Equal($"Trang 2/{pages}", await admin.Locator(".pager-label").InnerTextAsync());

        await admin.Locator("#q").FillAsync("tam phuoc");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await admin.WaitForURLAsync(url => url.Contains("q=tam"));
        var found = admin.Locator("#units tbody tr");
        Assert.True(await found.CountAsync() >= 5, "Tam Phước's units named after the ward are found");
        Assert.Equal(1, await admin.Locator("#units tbody tr[data-unit='Công an phường Tam Phước']").CountAsync());
        Assert.All(await admin.Locator("#units td.unit-ward").AllInnerTextsAsync(), ward => Assert.Equal("Phường Tam Phước", ward));
        Assert.Equal("Trang 1/1", await admin.Locator(".pager-label").InnerTextAsync());
        // A unit saved from the filtered list comes back to the same list.
        Assert.Contains("q=tam", await admin.Locator("#units form.inline-form").First.GetAttributeAsync("action") ?? "");

        // The ward filter, the search cleared: only Bình Phước's.
        await admin.Locator("#q").FillAsync("");
        await admin.Locator("#ward").SelectOptionAsync(new SelectOptionValue { Label = "Phường Bình Phước" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await admin.WaitForURLAsync(url => url.Contains($"ward={TestUser.BinhPhuoc}"));
        var binhPhuoc = await admin.Locator("#units td.unit-ward").AllInnerTextsAsync();
        Assert.True(binhPhuoc.Count >= 10, $"Bình Phước's demo units are listed ({binhPhuoc.Count})");
        Assert.All(binhPhuoc, ward => Assert.Equal("Phường Bình Phước", ward));
    }

    [Fact]
    public async Task A_plan_number_already_used_is_refused_naming_the_ward_with_a_link_to_the_plan_that_has_it()
    {
        var token = Random.Shared.Next(10000, 99999);
        using var officer = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var existing = await ConfirmAsync(officer, $"{token}/KH-UBND", $"Kế hoạch đã có số {token}");
        var draft = await ConfirmAsync(officer, $"{token}/KH-UBND-2", $"Dự thảo sẽ trùng số {token}");

        var page = await SignedInPageAsync(platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc));
        await page.GotoAsync(Home + $"plans/import?handler=Edit&id={draft}");
        await page.Locator("#Review_Number").FillAsync($"{token}/KH-UBND");
        // The draft has no targets: saying so lets the save reach the plans service, which refuses the number.
        await page.Locator("#no-targets-confirm").CheckAsync();
        await page.Locator("#confirm").ClickAsync();

        Assert.StartsWith($"Số kế hoạch {token}/KH-UBND đã có ở Phường Tam Phước", await page.Locator("#problem").InnerTextAsync());
        Assert.Contains("hãy đặt số khác", await page.Locator("#Review_Number-error").InnerTextAsync());
        await page.Locator("#existing-plan").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/plans/{existing}"));
        Assert.Equal($"Kế hoạch đã có số {token}", await page.Locator("#plan-title").InnerTextAsync());
    }

    private static async Task<string> ConfirmAsync(HttpClient api, string number, string title)
    {
        using var response = await api.PostAsJsonAsync("/api/plans/plans", new { number, title }, Ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    private async Task<IPage> SignedInPageAsync(DemoPerson person)
    {
        var page = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        return await Chromium.SignInAsync(page, Home, person.UserName, person.Password);
    }
}
