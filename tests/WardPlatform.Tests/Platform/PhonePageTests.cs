using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// Issue 12 point 12: an officer out in the ward with a phone (390 CSS pixels wide) reads the board, opens a target and
/// reports progress. Usable means: the page never scrolls sideways, every field and button is inside the screen and big
/// enough to tap, and a table's cells keep their column's name beside them.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PhonePageTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private const int Width = 390;
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task On_a_390_px_phone_the_board_a_target_and_the_progress_form_fit_the_screen_and_a_report_goes_in()
    {
        var chairman = platform.People.Find(WardRoles.WardChairman, TestUser.TamPhuoc);
        var planId = await IssuedPlanAsync(platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc));
        var page = await Chromium.SignInAsync(await chromium.NewPhonePageAsync(), Home, chairman.UserName, chairman.Password);
        await FitsAsync(page, "the home page");

        await page.GotoAsync(Home + $"plans/{planId}");
        await page.Locator("tr.board-target").First.WaitForAsync();
        await FitsAsync(page, "the plan's board");
        var row = page.Locator("tr.board-target").First;
        Assert.Equal("Trạng thái", await row.Locator("td").Nth(3).GetAttributeAsync("data-label"));
        Assert.True(await row.Locator("td").Nth(3).IsVisibleAsync());

        await row.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/targets/[0-9a-f-]{36}$"));
        await FitsAsync(page, "the target's page");

        await page.GetByLabel("Giá trị (%)").FillAsync("42,5");
        await page.GetByLabel("Ngày báo cáo (ngày/tháng/năm)").FillAsync(DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy"));
        await page.GetByLabel("Ghi chú").FillAsync("Báo cáo từ điện thoại tại tổ dân phố");
        await FitsAsync(page, "the progress form, filled in");
        await page.Locator("#report").TapAsync();
        await page.Locator("#recorded").WaitForAsync();
        Assert.Contains("42,5", await page.Locator("#report-table").InnerTextAsync());
        await FitsAsync(page, "the target's page with its report");
    }

    /// <summary>No sideways scrolling; every visible field and button inside the screen and at least 40 px high.</summary>
    private static async Task FitsAsync(IPage page, string what)
    {
        // Measured once the stylesheet is in: a layout forced before it loads is the unstyled page's.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (scrollWidth > Width)
        {
            var widest = await page.EvaluateAsync<string[]>("""
                (width) => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .slice(-5).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${e.className?.baseVal ?? e.className} to ${Math.round(e.getBoundingClientRect().right)} px`)
                """, Width);
            Assert.Fail($"{what}: the page is {scrollWidth} px wide on a {Width} px screen; reaching out: {string.Join("; ", widest)}");
        }
        var outside = await page.EvaluateAsync<string[]>("""
            (width) => [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea, main button, main a.button-link')]
                .filter(e => e.offsetParent !== null)
                .map(e => [e, e.getBoundingClientRect()])
                .filter(([e, r]) => r.left < 0 || r.right > width + 0.5 || r.height < 40)
                .map(([e, r]) => `${e.tagName.toLowerCase()}#${e.id || e.name || ''} at ${Math.round(r.left)}–${Math.round(r.right)} px, ${Math.round(r.height)} px high`)
            """, Width);
        Assert.True(outside.Length == 0, $"{what}: {string.Join("; ", outside)}");
    }

    private static async Task<Guid> IssuedPlanAsync(HttpClient chairman)
    {
        var token = Random.Shared.Next(1000, 9999);
        using var created = await chairman.PostAsJsonAsync("/api/plans/plans", new
        {
            number = $"{token}/KH-UBND-DT", title = $"Kế hoạch thi đua xây dựng đô thị văn minh đợt {token}",
            periodStart = "2026-01-01", periodEnd = "2026-12-31",
            themes = new[] { new { number = "1", title = "Trật tự đô thị và vệ sinh môi trường trên địa bàn các khu phố" } },
            targets = new[]
            {
                new { text = "Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn phường đạt từ 80% trở lên",
                      kind = "ShareToReach", value = 80, unit = "%", themeNumber = "1", ownerUnit = "Ban quản lý khu phố và Hội Liên hiệp Phụ nữ phường" },
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        using var issued = await chairman.PostAsJsonAsync($"/api/plans/plans/{id}/issue", new { issuedOn = "2026-01-05" }, Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return id;
    }
}
