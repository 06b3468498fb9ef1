using Microsoft.Playwright;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>Issue 12 point 3: a ward's administrator keeps its neighbourhoods and its emulation clusters in pages.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OrganisationPagesTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";

    private async Task<IPage> AdminPageAsync()
    {
        var admin = platform.People.Find(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        return await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, admin.UserName, admin.Password);
    }

    [Fact]
    public async Task A_ward_administrator_adds_renames_and_removes_a_neighbourhood()
    {
        var page = await AdminPageAsync();
        var token = Random.Shared.Next(1000, 9999);
        await page.Locator("#nav-neighbourhoods").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin/neighbourhoods"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();
        Assert.NotEmpty(await page.Locator("#Name-error").InnerTextAsync());

        await page.Locator("#Name").FillAsync($"Khu phố {token}");
        await page.Locator("#Kind").SelectOptionAsync("KhuPho");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();
        Assert.Equal($"Đã thêm khu phố “Khu phố {token}”.", await page.Locator("#done").InnerTextAsync());

        var row = page.Locator($"tr[data-neighbourhood='Khu phố {token}']");
        await row.Locator("input[name=Name]").FillAsync($"Tổ dân phố {token}");
        await row.Locator("select[name=Kind]").SelectOptionAsync("ToDanPho");
        await row.Locator("button.edit-neighbourhood").ClickAsync();
        Assert.Equal($"Đã lưu “Tổ dân phố {token}”.", await page.Locator("#done").InnerTextAsync());

        row = page.Locator($"tr[data-neighbourhood='Tổ dân phố {token}']");
        await row.Locator("button.remove-neighbourhood").ClickAsync();
        Assert.Contains("Hãy đánh dấu ô xác nhận", await page.Locator($"tr[data-neighbourhood='Tổ dân phố {token}'] .row-error").InnerTextAsync());
        row = page.Locator($"tr[data-neighbourhood='Tổ dân phố {token}']");
        await row.Locator("input[name=Confirmed]").CheckAsync();
        await row.Locator("button.remove-neighbourhood").ClickAsync();
        Assert.Equal($"Đã xóa “Tổ dân phố {token}”.", await page.Locator("#done").InnerTextAsync());
        Assert.Equal(0, await page.Locator($"tr[data-neighbourhood='Tổ dân phố {token}']").CountAsync());
    }

    [Fact]
    public async Task A_ward_administrator_groups_units_in_a_cluster_changes_its_members_and_removes_it()
    {
        var page = await AdminPageAsync();
        var token = Random.Shared.Next(1000, 9999);
        await page.Locator("#nav-clusters").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin/clusters"));

        await page.Locator("#Name").FillAsync($"Khối đoàn thể {token}");
        await page.Locator("#save-cluster").ClickAsync();
        Assert.Equal("Khối thi đua của phường, xã phải có ít nhất một đơn vị.", await page.Locator("#Members-error").InnerTextAsync());

        var units = page.Locator("#members input[name=Members]");
        Assert.True(await units.CountAsync() >= 2, "the ward's units are offered");
        await units.Nth(0).CheckAsync();
        await units.Nth(1).CheckAsync();
        await page.Locator("#save-cluster").ClickAsync();
        Assert.Equal($"Đã tạo “Khối đoàn thể {token}”.", await page.Locator("#done").InnerTextAsync());
        var row = page.Locator($"tr[data-cluster='Khối đoàn thể {token}']");
        Assert.StartsWith("2: ", await row.Locator("td").Nth(1).InnerTextAsync());

        await row.Locator("a.edit-cluster").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("?edit="));
        Assert.True(await page.Locator("#members input[name=Members]").Nth(0).IsCheckedAsync());
        await page.Locator("#members input[name=Members]").Nth(0).UncheckAsync();
        await page.Locator("#save-cluster").ClickAsync();
        Assert.Equal($"Đã lưu “Khối đoàn thể {token}”.", await page.Locator("#done").InnerTextAsync());
        row = page.Locator($"tr[data-cluster='Khối đoàn thể {token}']");
        Assert.StartsWith("1: ", await row.Locator("td").Nth(1).InnerTextAsync());

        await row.Locator("input[name=Confirmed]").CheckAsync();
        await row.Locator("button.remove-cluster").ClickAsync();
        Assert.Equal($"Đã xóa “Khối đoàn thể {token}”.", await page.Locator("#done").InnerTextAsync());
        Assert.Equal(0, await page.Locator($"tr[data-cluster='Khối đoàn thể {token}']").CountAsync());
    }
}
