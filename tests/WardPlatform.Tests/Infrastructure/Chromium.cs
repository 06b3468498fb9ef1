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

    /// <summary>
    /// Playwright's 30 s default for an action and its navigation is too short on a 2-core machine running several
    /// platforms at once: a sign-in's redirects alone were measured over 30 s there.
    /// </summary>
    private const float ActionTimeoutMs = 90_000;
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
        context.SetDefaultTimeout(ActionTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page as on a phone: 390×844 CSS pixels, touch, the page's own viewport meta tag honoured.</summary>
    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 3, IsMobile = true, HasTouch = true,
        });
        context.SetDefaultTimeout(ActionTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the gateway's form on the page and waits for the home page.</summary>
    public static async Task<IPage> SignInAsync(IPage page, string home, string userName, string password)
    {
        await page.GotoAsync(home + "signin");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(home);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
