using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>A ward office's day in Chromium at 1366×900: the home page of work, the hand-over to the chairman, buttons by role.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DailyWorkPageTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_officer_sends_a_draft_to_the_chairman_who_returns_it_and_the_officer_sees_the_return_on_the_home_page()
    {
        using var api = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var number = $"{Random.Shared.Next(1000, 9999)}/KH-UBND-TP";
        using var created = await api.PostAsJsonAsync("/api/plans/plans", new { number, title = "Kế hoạch thi đua chuyển đổi số" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        // The officer prepares: "Trình ký" is offered, "Ban hành" is not.
        var officer = await SignedInPageAsync(platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc));
        await officer.GotoAsync(Home + $"plans/{id}");
        Assert.Equal(0, await officer.Locator("#move-issue").CountAsync());
        Assert.Equal(1, await officer.Locator("#edit-draft").CountAsync());
        await officer.Locator("#hand-over-text").FillAsync("Kính trình Chủ tịch xem xét, ký ban hành");
        await officer.Locator("#hand-over-submit").ClickAsync();
        Assert.Equal("Đã trình ký dự thảo.", await officer.Locator("#handed-over").InnerTextAsync());
        Assert.Contains("Đang chờ ký", await officer.Locator("#hand-over").InnerTextAsync());
        Assert.Equal(0, await officer.Locator("#hand-over-submit").CountAsync());

        // The chairman finds it on the home page and returns it; a reason is required.
        var chairman = await SignedInPageAsync(platform.People.Find(WardRoles.WardChairman, TestUser.TamPhuoc));
        var waiting = chairman.Locator("#to-sign li", new() { HasText = number });
        Assert.Contains("Kính trình Chủ tịch", await waiting.InnerTextAsync());
        await waiting.Locator("a").ClickAsync();
        await chairman.WaitForURLAsync(url => url.EndsWith($"/plans/{id}"));
        Assert.Equal(1, await chairman.Locator("#move-issue").CountAsync());
        await chairman.Locator("#hand-over-return").ClickAsync();
        Assert.Equal("Lý do trả lại không được để trống.", await chairman.Locator("#hand-over-error").InnerTextAsync());
        await chairman.Locator("#hand-over-text").FillAsync("Bổ sung chỉ tiêu về dịch vụ công trực tuyến");
        await chairman.Locator("#hand-over-return").ClickAsync();
        Assert.Equal("Đã trả lại dự thảo cho người soạn.", await chairman.Locator("#handed-over").InnerTextAsync());

        // The officer sees the return, with its reason, on the home page.
        await officer.GotoAsync(Home);
        var back = officer.Locator("#returned li", new() { HasText = number });
        Assert.Contains("Bổ sung chỉ tiêu về dịch vụ công trực tuyến", await back.InnerTextAsync());
        Assert.Equal(4, await officer.Locator("#target-figures .figure").CountAsync());

        // Issuing asks for confirmation: without the box ticked nothing happens.
        await chairman.Locator("#move-issue").ClickAsync();
        Assert.Equal("Hãy đánh dấu ô xác nhận: thao tác này không thể hoàn tác.", await chairman.Locator("#move-confirm-error").InnerTextAsync());
        Assert.Equal("Dự thảo", await chairman.Locator("#plan-status").InnerTextAsync());
        await chairman.Locator("#move-confirm").CheckAsync();
        await chairman.Locator("#move-issue").ClickAsync();
        Assert.Equal("Đã ban hành", await chairman.Locator("#plan-status").InnerTextAsync());
        Assert.Equal(0, await chairman.Locator("#withdraw-draft, #edit-draft").CountAsync());

        // The ward administrator manages accounts: no lifecycle button at all.
        var admin = await SignedInPageAsync(platform.People.Find(WardRoles.WardAdministrator, TestUser.TamPhuoc));
        await admin.GotoAsync(Home + $"plans/{id}");
        Assert.Equal(0, await admin.Locator("#move-form, #hand-over-form, #withdraw-form").CountAsync());
        await officer.GotoAsync(Home + $"plans/{id}");
        Assert.Equal(1, await officer.Locator("#move-start").CountAsync());
    }

    [Fact]
    public async Task A_draft_confirmed_by_mistake_is_corrected_then_withdrawn_in_the_page()
    {
        using var api = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var number = $"{Random.Shared.Next(1000, 9999)}/KH-UBND-TP";
        using var created = await api.PostAsJsonAsync("/api/plans/plans", new { number, title = "Kế hoạch nhầm tên" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        var officer = await SignedInPageAsync(platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc));
        await officer.GotoAsync(Home + $"plans/{id}");
        await officer.Locator("#edit-draft").ClickAsync();
        await officer.Locator("#Review_Title").FillAsync("Kế hoạch thi đua năm 2026");
        // The draft has no targets: saying so is part of saving it.
        await officer.Locator("#no-targets-confirm").CheckAsync();
        await officer.Locator("#confirm").ClickAsync();
        await officer.WaitForURLAsync(url => url.EndsWith($"/plans/{id}"));
        Assert.Equal("Kế hoạch thi đua năm 2026", await officer.Locator("#plan-title").InnerTextAsync());

        await officer.Locator("#withdraw-draft").ClickAsync();
        Assert.Equal("Hãy đánh dấu ô xác nhận rút dự thảo.", await officer.Locator("#withdraw-error").InnerTextAsync());
        await officer.Locator("#withdraw-confirm").CheckAsync();
        await officer.Locator("#withdraw-draft").ClickAsync();
        await officer.WaitForURLAsync(url => url.Contains("/plans?withdrawn=1"));
        using var gone = await api.GetAsync($"/api/plans/plans/{id}", Ct);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
    }

    private async Task<IPage> SignedInPageAsync(DemoPerson person)
    {
        var page = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        return await Chromium.SignInAsync(page, Home, person.UserName, person.Password);
    }
}
