using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Rankings;

/// <summary>
/// “Phường chấm điểm khu phố văn hóa trên Excel rồi tải lên”: a ward's chairman uploads its neighbourhoods' values on the
/// web front, the neighbourhoods named as the directory has them (typed without diacritics), a name the ward does not
/// have refused by its row with nothing stored, then the values rank the neighbourhoods.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NeighbourhoodEnteredPageTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";

    [Fact]
    public async Task A_ward_chairman_uploads_neighbourhood_values_by_name_sees_a_bad_row_then_they_rank_the_neighbourhoods()
    {
        using var chairmanApi = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        var neighbourhoods = (await chairmanApi.GetFromJsonAsync<JsonElement>($"/api/directory/neighbourhoods?tenantCode={TestUser.TamPhuoc}", Ct))
            .EnumerateArray().Select(n => (Id: n.GetProperty("id").GetString()!, Name: n.GetProperty("name").GetString()!)).Take(2).ToList();
        Assert.Equal(2, neighbourhoods.Count);
        var key = "kp-van-hoa-" + Guid.NewGuid().ToString("N")[..8];

        var chairman = platform.People.Find(WardRoles.WardChairman, TestUser.TamPhuoc);
        var page = await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, chairman.UserName, chairman.Password);
        await page.GotoAsync(Home + "rankings");
        await page.Locator("#neighbourhood-entered-link").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/rankings/entered", StringComparison.Ordinal));
        Assert.Equal("Số liệu phường nhập theo khu phố, ấp", await page.Locator("h1").InnerTextAsync());
        await page.GetByLabel("Mã số liệu (ví dụ par-index, sipas)").FillAsync(key);
        await page.GetByLabel("Nguồn chung (văn bản, quyết định công bố kết quả)").FillAsync("Biên bản chấm điểm khu phố văn hóa ngày 05/11/2026");

        await UploadAsync(page, TestWorkbooks.Sheet(["Khu phố", "Giá trị"],
            [VietnameseText.Fold(neighbourhoods[0].Name), 88m], ["Khu phố Không Có Thật", 70m], [neighbourhoods[1].Name, "64,5"]));
        Assert.Equal("Dòng 3: không có khu phố, ấp “Khu phố Không Có Thật” trong danh mục của phường.",
            await page.Locator("#file-errors li").InnerTextAsync());
        Assert.Equal(key, await page.GetByLabel("Mã số liệu (ví dụ par-index, sipas)").InputValueAsync());   // kept for the next try

        await UploadAsync(page, TestWorkbooks.Sheet(["Khu phố", "Giá trị"],
            [VietnameseText.Fold(neighbourhoods[0].Name), 88m], [neighbourhoods[1].Name, "64,5"]));
        Assert.StartsWith($"Đã lưu 2 dòng số liệu “{key}” năm", await page.Locator("#stored").InnerTextAsync());

        using var created = await chairmanApi.PostAsJsonAsync("/api/rankings/definitions", new
        {
            name = "Khu phố văn hóa " + key, level = "neighbourhoods",
            periodStart = $"{DateTime.UtcNow.AddHours(7).Year}-01-01", periodEnd = $"{DateTime.UtcNow.AddHours(7).Year}-12-31", totalPoints = 100,
            criteria = new[] { new { code = "vh", area = "Văn hóa", name = "Điểm chấm khu phố văn hóa", points = 100, source = $"entered:{key}", floor = 50, target = 100 } },
        }, Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        var rows = (await chairmanApi.GetFromJsonAsync<JsonElement>($"/api/rankings/definitions/{id}/live", Ct)).GetProperty("wards")
            .EnumerateArray().ToDictionary(w => w.GetProperty("ward").GetString()!, w => w.GetProperty("score").GetDecimal());
        Assert.Equal(76.00m, rows[neighbourhoods[0].Id]);   // 100 × (88 − 50) / 50
        Assert.Equal(29.00m, rows[neighbourhoods[1].Id]);   // 100 × (64.5 − 50) / 50
    }

    private static async Task UploadAsync(IPage page, byte[] workbook)
    {
        await page.Locator("#enteredFile").SetInputFilesAsync(new FilePayload { Name = "khu-pho-van-hoa.xlsx", MimeType = TestWorkbooks.ContentType, Buffer = workbook });
        await page.Locator("#upload-entered").ClickAsync();
        await page.WaitForLoadStateAsync();
    }
}
