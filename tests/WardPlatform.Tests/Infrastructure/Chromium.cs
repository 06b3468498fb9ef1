using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using WardPlatform.LocalServers;

namespace WardPlatform.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright's own browser download is not reachable here),
/// installed from Debian's packages on first use like the servers.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private const string Executable = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var loggers = LoggerFactory.Create(b => b.AddConsole());
        await DebianPackages.EnsureAsync("Chromium", () => File.Exists(Executable), ["chromium"], loggers.CreateLogger("chromium"));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page in a Vietnamese-speaking browser context.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
