using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WardPlatform.Contracts;
using WardPlatform.Targets.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Gateway;

/// <summary>The gateway on a real Kestrel port in Debian's Chromium: the Content-Security-Policy must not break the pages.</summary>
public sealed class BrowserTests(TestServers servers, Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _hosts = [];

    [Fact]
    public async Task The_home_page_renders_with_no_Content_Security_Policy_violation()
    {
        var gateway = StartGateway();
        var (page, errors) = await OpenAsync(gateway, "/");

        Assert.Equal("Chào mừng đến WardPlatform", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#citizens").CountAsync());
        // The stylesheet applied: site.css lays the header out as a flex row.
        Assert.Equal("flex", await page.Locator("header.top").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        // The only error allowed is the browser's own request for a favicon the gateway does not have.
        Assert.DoesNotContain(errors, e => !e.Contains("/favicon.ico"));
    }

    [Fact]
    public async Task The_API_reference_shows_a_real_service_document_with_no_Content_Security_Policy_violation()
    {
        var targets = new TargetsService(servers);
        _hosts.Add(targets);
        var targetsPort = GatewayHost.FreeLoopbackPort();
        targets.UseKestrel(targetsPort);
        targets.StartServer();
        // Only the targets service, running: the reference opens on its document.
        var gateway = StartGateway(new()
        {
            ["services:plans:http:0"] = "",
            ["services:targets:http:0"] = $"http://127.0.0.1:{targetsPort}",
        });

        var (page, errors) = await OpenAsync(gateway, "/api-docs/");

        await page.GetByText("WardPlatform.Targets | v1").First.WaitForAsync(new() { Timeout = 20_000 });
        // Its operations, grouped by the service's Vietnamese tags, are on the page: the document rendered.
        await page.GetByText("Kế hoạch đã ban hành").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // Any blocked inline style or script would be reported here (checked: without 'unsafe-inline' styles it is).
        Assert.DoesNotContain(errors, e => !e.Contains("/favicon.ico"));
    }

    [Fact]
    public async Task WardFetch_sends_the_page_token_so_a_cookie_authenticated_POST_gets_through()
    {
        var gateway = StartGateway();
        var (page, _) = await OpenAsync(gateway, "/", session: true);

        var statuses = await page.EvaluateAsync<int[]>("""
            async () => {
                const { wardFetch } = await import('/js/api.js');
                const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title":"Kế hoạch"}' };
                const plain = await fetch('/api/plans/plans', init);
                const ward = await wardFetch('/api/plans/plans', init);
                return [plain.status, ward.status];
            }
            """);

        // Plain fetch: refused by the gateway (400); wardFetch: forwarded to the (down) plans service (503).
        Assert.Equal([400, 503], statuses);
    }

    /// <summary>The gateway on Kestrel at a free loopback port; returns its address.</summary>
    private string StartGateway(Dictionary<string, string>? settings = null)
    {
        var gateway = new GatewayHost(settings);
        _hosts.Add(gateway);
        var port = GatewayHost.FreeLoopbackPort();
        gateway.UseKestrel(port);
        gateway.StartServer();
        return $"http://127.0.0.1:{port}";
    }

    /// <summary>Opens the page and collects console errors (CSP violations are reported there) and script errors.</summary>
    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string gateway, string path, bool session = false)
    {
        var page = await chromium.NewPageAsync();
        if (session)
            await page.Context.AddCookiesAsync([new Cookie { Name = GatewayHost.SessionCookie, Value = "browser-session", Url = gateway }]);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => errors.Add(error);
        var response = await page.GotoAsync(gateway + path);
        Assert.Equal(200, response?.Status);
        return (page, errors);
    }

    /// <summary>The real targets service (its OpenAPI document is what the reference shows), on Kestrel.</summary>
    private sealed class TargetsService(TestServers servers) : WebApplicationFactory<TargetsDbContext>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting($"ConnectionStrings:{ResourceNames.TargetsDb}", servers.NewDatabase(ResourceNames.TargetsDb));
            builder.UseSetting($"ConnectionStrings:{ResourceNames.EventBus}", servers.NewEventBus());
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
    }
}
