using Microsoft.Playwright;
using WardPlatform.Contracts;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>The gateway's web front in a real browser.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WebFrontTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";

    [Fact]
    public async Task The_home_page_shows_every_service_working_in_Vietnamese_and_links_to_the_API_reference()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(Home);

        Assert.Equal("Trạng thái nền tảng", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("tất cả 6 dịch vụ đang hoạt động.", await page.Locator("#summary").InnerTextAsync());
        var rows = page.Locator("table.status tbody tr");
        Assert.Equal(ResourceNames.Services.Count, await rows.CountAsync());
        foreach (var service in ResourceNames.Services)
            Assert.Equal("Hoạt động", await page.Locator($"tr[data-service={service}] td:nth-child(3)").InnerTextAsync());
        Assert.Equal("Phản ánh, kiến nghị về an ninh trật tự",
            await page.Locator("tr[data-service=reports] td:nth-child(2)").InnerTextAsync());
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}$", await page.Locator("#checked-at").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Tài liệu API" }).ClickAsync();
        // The reference page fetched the first service's OpenAPI document through the gateway.
        await page.GetByText("WardPlatform.Directory | v1").First.WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains("/api-docs/", page.Url);
    }
}
