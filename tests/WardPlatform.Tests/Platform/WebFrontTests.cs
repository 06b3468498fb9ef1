using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WardPlatform.Contracts;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>The gateway's web front in a real browser.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WebFrontTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";

    [Fact]
    public async Task The_service_status_is_an_administrators_page_and_the_anonymous_home_shows_no_unbuilt_module_as_working()
    {
        var page = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync(Home);
        Assert.Equal(0, await page.Locator("table.status").CountAsync());
        Assert.Equal("Dành cho người dân", await page.Locator("#citizens h2").InnerTextAsync());
        Assert.Equal("/reports/new", await page.Locator("#citizens #report-new-link").GetAttributeAsync("href"));
        Assert.Equal("Đang sử dụng", await page.Locator("li[data-module='Khen thưởng'] span").InnerTextAsync());
        Assert.Equal("Đang sử dụng", await page.Locator("li[data-module='Kế hoạch thi đua'] span").InnerTextAsync());
        Assert.DoesNotContain("Hoạt động", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Tài liệu API" }).CountAsync());

        // An officer has neither the status page nor the API reference in the menu.
        var officer = await SignedInPageAsync(platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc));
        Assert.Equal(0, await officer.Locator("#nav-status, #nav-api-docs").CountAsync());
        await officer.GotoAsync(Home + "admin/status");
        Assert.Equal(0, await officer.Locator("#summary").CountAsync());

        var admin = await SignedInPageAsync(platform.People.Find(WardRoles.ProvinceAdministrator, TestUser.ProvinceCode));
        await admin.Locator("#nav-status").ClickAsync();
        await admin.WaitForURLAsync(url => url.EndsWith("/admin/status"));
        Assert.Equal("tất cả 6 dịch vụ đang hoạt động.", await admin.Locator("#summary").InnerTextAsync());
        Assert.Equal(ResourceNames.Services.Count, await admin.Locator("table.status tbody tr").CountAsync());
        foreach (var service in ResourceNames.Services)
            Assert.Equal("Hoạt động", await admin.Locator($"tr[data-service={service}] td:nth-child(3)").InnerTextAsync());
        Assert.Equal("Phản ánh, kiến nghị về an ninh trật tự", await admin.Locator("tr[data-service=reports] td:nth-child(2)").InnerTextAsync());
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}$", await admin.Locator("#checked-at").InnerTextAsync());

        await admin.Locator("#nav-api-docs").ClickAsync();
        // The reference page fetched the first service's OpenAPI document through the gateway.
        await admin.GetByText("WardPlatform.Directory | v1").First.WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains("/api-docs/", admin.Url);
    }

    [Fact]
    public async Task A_ward_officer_signs_in_sees_the_ward_home_page_in_Vietnamese_and_signs_out()
    {
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(Home);
        await page.Locator("#nav-signin").ClickAsync();

        // The directory's sign-in form, reached through the gateway's own address.
        await page.WaitForURLAsync(url => url.Contains("/account/signin"));
        Assert.StartsWith(Home, page.Url);
        Assert.Equal("Đăng nhập", await page.Locator("h1").InnerTextAsync());
        await page.GetByLabel("Tên đăng nhập").FillAsync(officer.UserName);
        await page.GetByLabel("Mật khẩu").FillAsync("sai-mat-khau-roi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", await page.Locator("#signin-error").InnerTextAsync());

        await page.GetByLabel("Mật khẩu").FillAsync(officer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(Home);
        Assert.Equal("Phường Tam Phước", await page.Locator("#tenant-name").InnerTextAsync());
        Assert.Equal(officer.DisplayName, await page.Locator("#visitor-name").InnerTextAsync());
        Assert.Equal("Cán bộ, công chức phường/xã", await page.Locator("#visitor-role").InnerTextAsync());
        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "ward.session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);

        await page.Locator("#signout-link").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync(Home);
        Assert.Equal(1, await page.Locator("#nav-signin").CountAsync());
        Assert.Equal(0, await page.Locator("#ward-home").CountAsync());
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "ward.session");
    }

    [Fact]
    public async Task A_ward_administrator_adds_a_unit_in_the_web_front_and_bad_input_gets_a_Vietnamese_error()
    {
        var admin = platform.People.Find(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var page = await SignedInPageAsync(admin);
        await page.Locator("#nav-units").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin/units"));
        var before = await page.Locator("#units tbody tr").CountAsync();
        Assert.True(before >= 10, $"Tam Phước's demo units are listed ({before})");

        await page.GetByLabel("Tên đơn vị", new() { Exact = true }).FillAsync("<script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
        Assert.Contains("Tên đơn vị", await page.Locator("#Name-error").InnerTextAsync());
        Assert.Equal(before, await page.Locator("#units tbody tr").CountAsync());

        var name = $"Tổ công nghệ số cộng đồng {Random.Shared.Next(1000, 9999)}";
        await page.GetByLabel("Tên đơn vị", new() { Exact = true }).FillAsync(name.Normalize(System.Text.NormalizationForm.FormD));
        await page.GetByLabel("Loại đơn vị", new() { Exact = true }).SelectOptionAsync("Other");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
        Assert.Equal($"Đã thêm đơn vị “{name}”.", await page.Locator("#added").InnerTextAsync());
        Assert.Equal(before + 1, await page.Locator("#units tbody tr").CountAsync());
        // Each row holds its unit's name in its edit form; stored as NFC.
        Assert.Equal(1, await page.Locator($"#units tbody tr input[name='Name'][value='{name}']").CountAsync());

        // Another ward's administrator does not see it.
        var neighbour = await SignedInPageAsync(platform.People.Find(WardRoles.WardAdministrator, TestUser.BinhPhuoc));
        await neighbour.GotoAsync(Home + "admin/units");
        Assert.Equal(0, await neighbour.Locator($"#units tbody tr input[name='Name'][value='{name}']").CountAsync());
    }

    [Fact]
    public async Task A_ward_officer_cannot_add_people_and_is_told_so_in_Vietnamese()
    {
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var page = await SignedInPageAsync(officer);
        Assert.Equal(0, await page.Locator("#nav-people").CountAsync());
        await page.GotoAsync(Home + "admin/people");
        await page.GetByLabel("Tên đăng nhập").FillAsync("tamphuoc.moi");
        await page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync("Lê Văn Mới");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("mat-khau-du-dai-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm người dùng" }).ClickAsync();
        Assert.NotEmpty(await page.Locator("#problem").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#added").CountAsync());
    }

    [Fact]
    public async Task A_person_changes_their_own_password_and_signs_in_with_the_new_one_only()
    {
        // A person of their own, so no other test's demo password changes.
        var admin = platform.People.Find(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var userName = $"tamphuoc.doimk{Random.Shared.Next(10000, 99999)}";
        const string first = "mat-khau-ban-dau-2026", second = "mat-khau-moi-cua-toi-2026";
        using (var api = new HttpClient { BaseAddress = new Uri(Home) })
        {
            api.DefaultRequestHeaders.Authorization = new("Bearer", admin.ApiToken);
            var created = await api.PostAsJsonAsync("api/directory/people",
                new { userName, displayName = "Trần Thị Đổi Mật Khẩu", role = WardRoles.WardOfficer, password = first }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var page = await SignedInPageAsync(userName, first);
        await page.Locator("#password-link").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/password"));

        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(first);
        await page.GetByLabel("Mật khẩu mới (ít nhất 10 ký tự)").FillAsync(second);
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(second + "x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        Assert.Equal("Hai lần nhập mật khẩu mới không khớp nhau.", await page.Locator("#RepeatPassword-error").InnerTextAsync());

        await page.GetByLabel("Mật khẩu hiện tại").FillAsync("khong-phai-mat-khau");
        await page.GetByLabel("Mật khẩu mới (ít nhất 10 ký tự)").FillAsync(second);
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(second);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        Assert.Equal("Mật khẩu hiện tại không đúng.", await page.Locator("#CurrentPassword-error").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#changed").CountAsync());

        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(first);
        await page.GetByLabel("Mật khẩu mới (ít nhất 10 ký tự)").FillAsync(second);
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(second);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        Assert.StartsWith("Đã đổi mật khẩu.", await page.Locator("#changed").InnerTextAsync());

        var withOld = await chromium.NewPageAsync();
        await withOld.GotoAsync(Home + "signin");
        await withOld.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await withOld.GetByLabel("Mật khẩu").FillAsync(first);
        await withOld.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", await withOld.Locator("#signin-error").InnerTextAsync());
        var withNew = await SignedInPageAsync(userName, second);
        Assert.Equal("Trần Thị Đổi Mật Khẩu", await withNew.Locator("#visitor-name").InnerTextAsync());
    }

    [Fact]
    public async Task A_ward_administrator_registers_an_integration_sees_its_secret_once_and_revokes_it_after_confirming()
    {
        var page = await SignedInPageAsync(platform.People.Find(WardRoles.WardAdministrator, TestUser.TamPhuoc));
        await page.Locator("#nav-integrations").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin/integrations"));
        Assert.Equal(1, await page.Locator("#integrations tbody tr", new() { HasText = "tamphuoc-tich-hop" }).CountAsync());

        await page.GetByLabel("Tên ứng dụng").FillAsync($"Đồng bộ số liệu {Random.Shared.Next(1000, 9999)}");
        await page.GetByLabel("Vai trò của ứng dụng").SelectOptionAsync(WardRoles.WardAppraiser);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký ứng dụng" }).ClickAsync();
        Assert.Equal("Chỉ hiển thị một lần:", await page.Locator("#secret-warning").InnerTextAsync());
        var clientId = await page.Locator("#client-id").InnerTextAsync();
        var secret = await page.Locator("#client-secret").InnerTextAsync();
        Assert.StartsWith($"{TestUser.TamPhuoc}-dong-bo-so-lieu-", clientId);
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(clientId, secret));

        await page.GotoAsync(Home + "admin/integrations");
        Assert.DoesNotContain(secret, await page.ContentAsync());
        var row = page.Locator("#integrations tbody tr", new() { HasText = clientId });
        await row.GetByRole(AriaRole.Link, new() { Name = "Thu hồi" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận thu hồi" }).ClickAsync();
        Assert.Contains(clientId, await page.Locator("#revoked").InnerTextAsync());
        Assert.Equal(0, await row.CountAsync());
        Assert.NotEqual(HttpStatusCode.OK, await TokenStatusAsync(clientId, secret));
    }

    private async Task<HttpStatusCode> TokenStatusAsync(string clientId, string secret)
    {
        using var response = await platform.AppHost.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "ward-api",
        }), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }


    private Task<IPage> SignedInPageAsync(DemoPerson person) => SignedInPageAsync(person.UserName, person.Password);

    private async Task<IPage> SignedInPageAsync(string userName, string password)
    {
        var page = await chromium.NewPageAsync();
        return await Chromium.SignInAsync(page, Home, userName, password);
    }
}
