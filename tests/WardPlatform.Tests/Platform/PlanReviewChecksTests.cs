using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// Issue 12 point 4 at review, in the browser: a plan dated at another ward is warned about (not refused), and a plan with
/// no targets is confirmed only once the person says it has none.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlanReviewChecksTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";

    [Fact]
    public async Task Another_wards_plan_without_targets_is_warned_about_and_confirmed_only_when_the_officer_says_it_has_none()
    {
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var page = await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, officer.UserName, officer.Password);
        var token = Random.Shared.Next(1000, 9999);
        var file = Path.Combine(Path.GetTempPath(), $"ke-hoach-{token}.md");
        await File.WriteAllTextAsync(file, $"""
            ỦY BAN NHÂN DÂN PHƯỜNG BÌNH PHƯỚC

            Số: {token}/KH-UBND

            Bình Phước, ngày 10 tháng 01 năm 2026

            KẾ HOẠCH

            Tổ chức ngày hội "Chủ nhật xanh" đợt {token}

            I. MỤC ĐÍCH, YÊU CẦU

            Vận động nhân dân tham gia làm sạch đường phố vào sáng Chủ nhật.
            """, TestContext.Current.CancellationToken);
        try
        {
            await page.GotoAsync(Home + "plans/import");
            await page.Locator("#file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp" }).ClickAsync();
            await page.Locator("#confirm").WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal("Bình Phước", await page.Locator("#Review_Place").InputValueAsync());
        Assert.Equal("Địa danh “Bình Phước” không phải Phường Tam Phước: hãy kiểm tra đây có đúng là kế hoạch của Phường Tam Phước không.",
            await page.Locator("#Review_Place-warning").InnerTextAsync());

        await page.Locator("#confirm").ClickAsync();
        Assert.StartsWith("Kế hoạch chưa có chỉ tiêu nào.", await page.Locator("#targets-error").InnerTextAsync());
        Assert.Contains("/plans/import", page.Url);

        await page.Locator("#no-targets-confirm").CheckAsync();
        await page.Locator("#confirm").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/plans/[0-9a-f-]{36}"));
        Assert.Contains($"{token}/KH-UBND", await page.Locator("main").InnerTextAsync());
    }
}
