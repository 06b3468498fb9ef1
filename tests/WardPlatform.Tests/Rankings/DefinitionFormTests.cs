using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Rankings;

/// <summary>
/// /rankings/new on the whole platform, in Chromium: a province official builds a ranking definition on the form,
/// corrects what the page and the rankings service refuse (each error beside its field, the values kept), lands on the
/// live ranking, then saves its next version from "Sửa thành phiên bản mới". Every test names its definition uniquely.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DefinitionFormTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";

    [Fact]
    public async Task A_province_official_creates_a_definition_correcting_a_bad_date_and_points_that_miss_the_scale_then_saves_version_2()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var name = $"Xếp hạng trật tự đô thị và sự hài lòng {token}";
        var official = platform.People.Find(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        var page = await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, official.UserName, official.Password);
        await page.GotoAsync(Home + "rankings");
        await page.Locator("#new-definition-link").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/rankings/new", StringComparison.Ordinal));
        Assert.Equal(8, await page.Locator("#criteria tr.criterion-row").CountAsync());
        Assert.Equal(4, await page.Locator("#bands tr.band-row").CountAsync());

        await Field(page, "Tên bảng xếp hạng").FillAsync(name);
        await Field(page, "Kỳ từ ngày (ngày/tháng/năm)").FillAsync("01/01/2026");
        await Field(page, "Đến ngày (ngày/tháng/năm)").FillAsync("31/02/2026");   // not a real date
        await FillCriterionAsync(page, 1, "Trật tự đô thị", "Phản ánh giải quyết đúng hạn", "60,5", "metric:reports-on-time", null, "50", "100");
        // Row 2 stays blank: it is not sent, so the service's criteria[1] is the form's row 3.
        await FillCriterionAsync(page, 3, "Văn hóa - xã hội", "Mức độ hài lòng của người dân", "30", "entered", $"hai-long-{token}", "0", "10");

        // "Thêm dòng tiêu chí" gives four more rows and keeps what was typed.
        await page.Locator("#add-criterion").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("handler=AddRow", StringComparison.Ordinal));
        Assert.Equal(12, await page.Locator("#criteria tr.criterion-row").CountAsync());
        Assert.Equal("60,5", await Field(page, "Điểm dòng 1").InputValueAsync());

        // The bad date: the page's own error beside the field, nothing sent.
        var refused = await SaveAsync(page);
        Assert.Equal(400, refused.Status);
        Assert.Equal("Ngày kết thúc kỳ không hợp lệ: nhập ngày có thật theo dạng ngày/tháng/năm (ví dụ 31/12/2026).",
            await page.Locator("[data-error-for='periodEnd']").InnerTextAsync());
        Assert.Equal(0, await page.Locator("[data-error-for='periodStart']").CountAsync());
        await AssertKeptAsync(page, name, "31/02/2026", token);
        Assert.False(await ExistsAsync(name));

        // The date corrected: the service refuses the points (90,5 of 100), shown above the criteria, values kept.
        await Field(page, "Đến ngày (ngày/tháng/năm)").FillAsync("31/12/2026");
        refused = await SaveAsync(page);
        Assert.Equal(400, refused.Status);
        Assert.Equal("Tổng điểm các tiêu chí là 90.5, phải bằng thang điểm 100.", await page.Locator("[data-error-for='criteria']").InnerTextAsync());
        Assert.Equal(0, await page.Locator("[data-error-for='periodEnd']").CountAsync());
        await AssertKeptAsync(page, name, "31/12/2026", token);
        Assert.False(await ExistsAsync(name));

        // A row's own error from the service (its criteria[1]) stands beside the field of the form's row 3.
        await Field(page, "Mức sàn dòng 3").FillAsync("20");
        await page.Locator("#save-definition").ClickAsync();
        Assert.Equal("Mức sàn phải thấp hơn mức mục tiêu.", await page.Locator("[data-error-for='criteria[2].floor']").InnerTextAsync());
        Assert.Equal(0, await page.Locator("[data-error-for='criteria[1].floor']").CountAsync());
        Assert.False(await ExistsAsync(name));

        // Corrected: the definition is stored and the live ranking shows it.
        await Field(page, "Mức sàn dòng 3").FillAsync("0");
        await Field(page, "Điểm dòng 1").FillAsync("70");
        await page.Locator("#save-definition").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/rankings/live/", StringComparison.Ordinal));
        Assert.Equal(name, await page.Locator("#ranking-name").InnerTextAsync());
        var first = Assert.Single(await DefinitionsNamedAsync(name));
        Assert.Equal(Home + $"rankings/live/{first.GetProperty("id").GetString()}", page.Url);
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal([70m, 30m], Points(first));
        Assert.Equal(["metric:reports-on-time", $"entered:hai-long-{token}"],
            first.GetProperty("method").GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("source").GetString()!).ToList());

        // The next version, from the live page: the form comes filled (the stored criteria in rows 1 and 2); the points move between them.
        await page.Locator("#new-version-link").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/rankings/new?from=", StringComparison.Ordinal));
        Assert.Equal(name, await Field(page, "Tên bảng xếp hạng").InputValueAsync());
        Assert.Equal("31/12/2026", await Field(page, "Đến ngày (ngày/tháng/năm)").InputValueAsync());
        Assert.Equal(("70", "entered", $"hai-long-{token}"), (await Field(page, "Điểm dòng 1").InputValueAsync(),
            await Field(page, "Nguồn số liệu dòng 2").InputValueAsync(), await Field(page, "Mã, tham số nguồn dòng 2").InputValueAsync()));
        await Field(page, "Điểm dòng 1").FillAsync("62,5");
        await Field(page, "Điểm dòng 2").FillAsync("37,5");
        await page.Locator("#save-definition").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/rankings/live/", StringComparison.Ordinal));
        Assert.Contains("phương pháp phiên bản 2", await page.Locator("main").InnerTextAsync());

        var latest = Assert.Single(await DefinitionsNamedAsync(name));   // the list gives each series' latest version
        Assert.Equal(Home + $"rankings/live/{latest.GetProperty("id").GetString()}", page.Url);
        Assert.Equal((2, first.GetProperty("seriesId").GetString()), (latest.GetProperty("version").GetInt32(), latest.GetProperty("seriesId").GetString()));
        Assert.Equal([62.5m, 37.5m], Points(latest));
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        var unchanged = await province.GetFromJsonAsync<JsonElement>($"/api/rankings/definitions/{first.GetProperty("id").GetString()}", Ct);
        Assert.Equal([70m, 30m], Points(unchanged));
    }

    [Fact]
    public async Task A_cluster_chosen_from_the_directory_ranks_its_member_wards()
    {
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        var cluster = (await province.GetFromJsonAsync<JsonElement>("/api/directory/clusters", Ct)).EnumerateArray()
            .First(c => c.GetProperty("memberKind").GetString() == "Wards" && c.GetProperty("members").GetArrayLength() > 0);
        var clusterName = cluster.GetProperty("name").GetString()!;
        var members = cluster.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("wardCode").GetString()!).Order().ToList();
        var name = $"Xếp hạng {clusterName} {Guid.NewGuid().ToString("N")[..8]}";

        var official = platform.People.Find(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        var page = await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, official.UserName, official.Password);
        await page.GotoAsync(Home + "rankings/new");
        await Field(page, "Tên bảng xếp hạng").FillAsync(name);
        await Field(page, "Kỳ từ ngày (ngày/tháng/năm)").FillAsync("01/01/2026");
        await Field(page, "Đến ngày (ngày/tháng/năm)").FillAsync("31/12/2026");
        await Field(page, "Đối tượng xếp hạng (khối thi đua trong danh mục)").SelectOptionAsync(clusterName);
        await FillCriterionAsync(page, 1, "Trật tự đô thị", "Phản ánh giải quyết đúng hạn", "100", "metric:reports-on-time", null, "50", "100");
        await page.Locator("#save-definition").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/rankings/live/", StringComparison.Ordinal));

        var saved = Assert.Single(await DefinitionsNamedAsync(name));
        var stored = await province.GetFromJsonAsync<JsonElement>($"/api/rankings/definitions/{saved.GetProperty("id").GetString()}", Ct);
        Assert.Equal(clusterName, stored.GetProperty("cluster").GetString());
        Assert.Equal(members, stored.GetProperty("wards").EnumerateArray().Select(w => w.GetString()!).Order().ToList());
    }

    [Fact]
    public async Task A_ward_officer_gets_403_and_no_form_and_sees_no_link_to_it()
    {
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var page = await Chromium.SignInAsync(await chromium.NewPageAsync(), Home, officer.UserName, officer.Password);
        await page.GotoAsync(Home + "rankings");
        await page.Locator("#entered-link").WaitForAsync();
        Assert.Equal(0, await page.Locator("#new-definition-link").CountAsync());

        var refused = await page.GotoAsync(Home + "rankings/new");
        Assert.Equal(403, refused!.Status);
        Assert.Contains("cấp tỉnh", await page.Locator("#problem").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#definition-form").CountAsync());
    }

    /// <summary>Clicks "Lưu bảng xếp hạng" and gives the page's answer to the form's POST.</summary>
    private static Task<IResponse> SaveAsync(IPage page) => page.RunAndWaitForResponseAsync(() => page.Locator("#save-definition").ClickAsync(),
        r => r.Request.Method == "POST" && r.Url.EndsWith("/rankings/new", StringComparison.Ordinal));

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private static async Task FillCriterionAsync(IPage page, int row, string area, string name, string points, string source, string? parameter,
        string floor, string target)
    {
        await Field(page, $"Lĩnh vực dòng {row}").FillAsync(area);
        await Field(page, $"Tên tiêu chí dòng {row}").FillAsync(name);
        await Field(page, $"Điểm dòng {row}").FillAsync(points);
        await Field(page, $"Nguồn số liệu dòng {row}").SelectOptionAsync(source);
        if (parameter is not null) await Field(page, $"Mã, tham số nguồn dòng {row}").FillAsync(parameter);
        await Field(page, $"Mức sàn dòng {row}").FillAsync(floor);
        await Field(page, $"Mức mục tiêu dòng {row}").FillAsync(target);
    }

    private static async Task AssertKeptAsync(IPage page, string name, string periodEnd, string token)
    {
        Assert.Equal(name, await Field(page, "Tên bảng xếp hạng").InputValueAsync());
        Assert.Equal(periodEnd, await Field(page, "Đến ngày (ngày/tháng/năm)").InputValueAsync());
        Assert.Equal(("60,5", "metric:reports-on-time", "Mức độ hài lòng của người dân", $"hai-long-{token}"),
            (await Field(page, "Điểm dòng 1").InputValueAsync(), await Field(page, "Nguồn số liệu dòng 1").InputValueAsync(),
             await Field(page, "Tên tiêu chí dòng 3").InputValueAsync(), await Field(page, "Mã, tham số nguồn dòng 3").InputValueAsync()));
        Assert.Equal(12, await page.Locator("#criteria tr.criterion-row").CountAsync());
    }

    private async Task<List<JsonElement>> DefinitionsNamedAsync(string name)
    {
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        var all = await province.GetFromJsonAsync<JsonElement>("/api/rankings/definitions", Ct);
        return [.. all.EnumerateArray().Where(d => d.GetProperty("name").GetString() == name)];
    }

    private async Task<bool> ExistsAsync(string name) => (await DefinitionsNamedAsync(name)).Count > 0;

    private static List<decimal> Points(JsonElement definition) =>
        [.. definition.GetProperty("method").GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("points").GetDecimal())];
}
