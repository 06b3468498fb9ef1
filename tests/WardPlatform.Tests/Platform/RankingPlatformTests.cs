using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WardPlatform.Tenancy;
using WardPlatform.Testing;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// Rankings through the gateway on the whole platform: a province plan and a ward plan citing it are issued, the
/// ward links its target to the province's, a progress report moves the ward's live score; the province publishes in
/// Chromium, reads the explanation page, and the ward reads the published table.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RankingPlatformTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";

    [Fact]
    public async Task A_progress_report_on_a_linked_ward_target_moves_the_live_score_then_the_province_publishes_and_the_ward_reads_it()
    {
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        // A province plan is issued by the province's leadership.
        using var leader = platform.ClientAs(WardRoles.ProvinceLeader, TestUser.ProvinceCode);
        var token = Random.Shared.Next(1000, 9999);
        var provinceNumber = $"{token}/KH-UBND-XH";

        var provincePlan = await IssueAsync(province, new
        {
            number = provinceNumber, title = $"Kế hoạch cải cách hành chính đợt {token}", periodStart = "2026-01-01", periodEnd = "2026-12-31",
            targets = new[] { new { text = "Tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 95%", kind = "ShareToReach", value = 95, unit = "%" } },
        }, "2026-01-05", leader);
        var wardPlan = await IssueAsync(chairman, new
        {
            number = $"{token}/KH-UBND-TP", title = $"Triển khai kế hoạch cải cách hành chính đợt {token}", periodStart = "2026-01-01", periodEnd = "2026-12-31",
            legalBases = new[] { new { text = $"Căn cứ Kế hoạch số {provinceNumber} của UBND tỉnh", documentKind = "Kế hoạch", documentNumber = provinceNumber } },
            targets = new[] { new { text = "Số hóa 95% hồ sơ thủ tục hành chính của phường", kind = "ShareToReach", value = 95, unit = "%" } },
        }, "2026-02-01");
        var provinceTarget = await TargetIdAsync(province, provincePlan);
        var wardTarget = await TargetIdAsync(chairman, wardPlan);

        // The rankings service proposes the province target; the ward confirms the link.
        var link = await Eventually.HoldsAsync(() => JsonOrNullAsync(chairman, $"/api/rankings/links/{wardTarget}"),
            l => l is { } json && json.GetProperty("candidates").EnumerateArray().Any(c => c.GetProperty("proposed").GetBoolean()),
            TimeSpan.FromSeconds(30), "the ward target and its proposed province target known to rankings", Ct);
        Assert.Equal(provinceTarget, link!.Value.GetProperty("candidates")[0].GetProperty("targetId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await chairman.PutAsJsonAsync($"/api/rankings/links/{wardTarget}", new { provinceTargetId = provinceTarget }, Ct)).StatusCode);

        using var created = await province.PostAsJsonAsync("/api/rankings/definitions", new
        {
            name = $"Xếp hạng số hóa hồ sơ đợt {token}", periodStart = "2026-01-01", periodEnd = "2026-12-31", wards = new[] { TestUser.TamPhuoc },
            criteria = new[] { new { area = "Cải cách hành chính", name = "Số hóa hồ sơ", points = 100, source = $"target:{provinceTarget}", floor = 0, target = 95 } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var definitionId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(0m, await LiveScoreAsync(province, definitionId));

        using var report = new MultipartFormDataContent
        {
            { new StringContent("47.5"), "value" }, { new StringContent("2026-05-20"), "reportedOn" }, { new StringContent("Số liệu tháng 5"), "note" },
        };
        Assert.Equal(HttpStatusCode.Created, (await chairman.PostAsync($"/api/targets/targets/{wardTarget}/progress", report, Ct)).StatusCode);
        await Eventually.HoldsAsync(() => LiveScoreAsync(province, definitionId), s => s == 50m, TimeSpan.FromSeconds(30),
            "the progress report moved Tam Phước's live score to 50", Ct);

        // In Chromium: the province's ranking page, publishing, the published page and the explanation page.
        var page = await SignedInPageAsync(platform.People.Find(WardRoles.ProvinceOfficial, TestUser.ProvinceCode));
        await page.GotoAsync(Home + $"rankings/live/{definitionId}");
        var row = page.Locator("#ranking tbody tr", new() { HasText = "Phường Tam Phước" });
        Assert.Equal("50", await row.Locator("td.score").InnerTextAsync());
        Assert.Equal("1", await row.Locator("td.rank").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#score-chart rect.bar").CountAsync());
        await page.Locator("#publish").ClickAsync();
        await page.Locator("#official").WaitForAsync();
        Assert.Matches("^[0-9a-f]{64}$", await page.Locator("#inputs-hash").InnerTextAsync());
        var publishedId = page.Url.Split('/')[^1];
        await page.Locator("#ranking tbody tr a", new() { HasText = "Phường Tam Phước" }).ClickAsync();
        await page.Locator("#ward-score").WaitForAsync();
        Assert.Equal("50", await page.Locator("#ward-score").InnerTextAsync());
        Assert.Equal("47,5", await page.Locator("#criteria tbody tr td").Nth(2).InnerTextAsync());
        Assert.Contains($"/targets/{wardTarget}", await page.Locator("#criteria a.source").First.GetAttributeAsync("href"));

        // The ward reads the published table; another ward sees none of Tam Phước's provisional detail.
        var table = await chairman.GetFromJsonAsync<JsonElement>($"/api/rankings/published/{publishedId}", Ct);
        Assert.Equal(50m, table.GetProperty("wards")[0].GetProperty("score").GetDecimal());
        using var other = platform.ClientAs(WardRoles.WardOfficer, TestUser.BinhPhuoc);
        var otherLive = await other.GetFromJsonAsync<JsonElement>($"/api/rankings/definitions/{definitionId}/live", Ct);
        Assert.Empty(otherLive.GetProperty("wards").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound,
            (await other.GetAsync($"/api/rankings/definitions/{definitionId}/wards/{TestUser.TamPhuoc}/explanation", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_ward_ranks_its_neighbourhoods_named_from_the_directory_the_province_reads_it_and_another_ward_gets_404()
    {
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        using var other = platform.ClientAs(WardRoles.WardOfficer, TestUser.BinhPhuoc);
        var neighbourhoods = (await chairman.GetFromJsonAsync<JsonElement>($"/api/directory/neighbourhoods?tenantCode={TestUser.TamPhuoc}", Ct))
            .EnumerateArray().Take(2).Select(n => (Id: n.GetProperty("id").GetString()!, Name: n.GetProperty("name").GetString()!)).ToList();
        Assert.Equal(2, neighbourhoods.Count);
        var key = $"ve-sinh-{Random.Shared.Next(100000, 999999)}";
        using var entered = await chairman.PutAsJsonAsync("/api/rankings/entered-values", new
        {
            key, year = 2026,
            rows = new[] { new { ward = neighbourhoods[0].Id, value = 8, record = "Biên bản chấm điểm" }, new { ward = neighbourhoods[1].Id, value = 5, record = "Biên bản chấm điểm" } },
        }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, entered.StatusCode);
        object Definition(string source) => new
        {
            name = $"Khu phố xanh, sạch, đẹp {key}", level = "neighbourhoods", periodStart = "2026-01-01", periodEnd = "2026-12-31",
            wards = neighbourhoods.Select(n => n.Id).ToArray(),
            criteria = new[] { new { area = "Môi trường", name = "Điểm vệ sinh môi trường", points = 100, source, floor = 0, target = 10 } },
        };

        using var bad = await chairman.PostAsJsonAsync("/api/rankings/definitions", Definition($"target:{Guid.NewGuid()}"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("not_for_neighbourhoods", (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("codes").GetProperty("criteria[0].source")[0].GetString());
        using var created = await chairman.PostAsJsonAsync("/api/rankings/definitions", Definition($"entered:{key}"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        // 100 × 8/10 = 80 (band B: 80 ≥ 80), 100 × 5/10 = 50 (band D: under 65).
        var live = await chairman.GetFromJsonAsync<JsonElement>($"/api/rankings/definitions/{id}/live", Ct);
        Assert.Equal([(neighbourhoods[0].Id, 80m, "B"), (neighbourhoods[1].Id, 50m, "D")], live.GetProperty("wards").EnumerateArray()
            .Select(w => (w.GetProperty("ward").GetString()!, w.GetProperty("score").GetDecimal(), w.GetProperty("band").GetString()!)).ToList());
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/rankings/definitions/{id}/live", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.PostAsync($"/api/rankings/definitions/{id}/publish", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/rankings/definitions/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/rankings/definitions/{id}/live", Ct)).StatusCode);

        // In Chromium: the chairman's rankings page has the section with the live table, names from the directory.
        var page = await SignedInPageAsync(platform.People.Find(WardRoles.WardChairman, TestUser.TamPhuoc));
        await page.GotoAsync(Home + "rankings");
        var section = page.Locator("#neighbourhood-rankings");
        Assert.Equal("Xếp hạng khu phố, ấp", await section.Locator("h2").InnerTextAsync());
        var rows = section.Locator($"article[data-definition='{id}'] tbody tr");
        Assert.Equal(2, await rows.CountAsync());
        Assert.Equal(["1", neighbourhoods[0].Name, "80", "B"], await rows.Nth(0).Locator("td").AllInnerTextsAsync());
        Assert.Equal(["2", neighbourhoods[1].Name, "50", "D"], await rows.Nth(1).Locator("td").AllInnerTextsAsync());
        Assert.Equal("Khu phố, ấp", await section.Locator($"article[data-definition='{id}'] thead th").Nth(1).InnerTextAsync());

        // The province reads the live page, with no publishing button.
        var official = await SignedInPageAsync(platform.People.Find(WardRoles.ProvinceOfficial, TestUser.ProvinceCode));
        await official.GotoAsync(Home + $"rankings/live/{id}");
        var first = official.Locator("#ranking tbody tr").Nth(0);
        Assert.Equal((neighbourhoods[0].Name, "80"), (await first.Locator("td").Nth(1).InnerTextAsync(), await first.Locator("td.score").InnerTextAsync()));
        Assert.Equal(0, await official.Locator("#publish").CountAsync());
    }

    private static async Task<decimal?> LiveScoreAsync(HttpClient client, Guid definitionId)
    {
        var live = await client.GetFromJsonAsync<JsonElement>($"/api/rankings/definitions/{definitionId}/live", Ct);
        return live.GetProperty("wards").EnumerateArray().Select(w => (decimal?)w.GetProperty("score").GetDecimal()).FirstOrDefault();
    }

    private static async Task<Guid> IssueAsync(HttpClient client, object plan, string issuedOn, HttpClient? issuer = null)
    {
        using var confirmed = await client.PostAsJsonAsync("/api/plans/plans", plan, Ct);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var id = (await confirmed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await (issuer ?? client).PostAsJsonAsync($"/api/plans/plans/{id}/issue", new { issuedOn }, Ct)).StatusCode);
        return id;
    }

    private static async Task<Guid> TargetIdAsync(HttpClient client, Guid planId)
    {
        var board = await Eventually.HoldsAsync(() => JsonOrNullAsync(client, $"/api/targets/plans/{planId}/board"),
            b => b is { } json && json.GetProperty("targetCount").GetInt32() == 1, TimeSpan.FromSeconds(30), "the plan's target registered", Ct);
        return board!.Value.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("targets").EnumerateArray()).Single().GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement?> JsonOrNullAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>(Ct) : null;
    }

    private async Task<IPage> SignedInPageAsync(DemoPerson person)
    {
        var page = await chromium.NewPageAsync();
        return await Chromium.SignInAsync(page, Home, person.UserName, person.Password);
    }
}
