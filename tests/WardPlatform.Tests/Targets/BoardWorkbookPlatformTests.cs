using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using WardPlatform.Targets.Board;
using WardPlatform.Tenancy;
using WardPlatform.Testing;
using WardPlatform.Tests.Infrastructure;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Targets;

/// <summary>
/// The report workbook through the real platform: the seed plan imported, confirmed and issued through the gateway, its
/// themes reach the targets service with PlanIssued, and the downloaded báo cáo holds every target under its theme's title.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BoardWorkbookPlatformTests(RunningPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_issued_seed_plans_report_downloads_through_the_gateway_with_every_target_under_its_theme()
    {
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        using var upload = new MultipartFormDataContent();
        var seed = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Plans", "Seeds", "ke-hoach-tam-phuoc-500-ngay-dem-2026.md"), Ct));
        seed.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        upload.Add(seed, "file", "tam-phuoc.md");
        using var imported = await chairman.PostAsync("/api/plans/plans/import", upload, Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var draft = JsonNode.Parse(await imported.Content.ReadAsStringAsync(Ct))!.AsObject();
        var number = $"{Random.Shared.Next(100, 999)}/KH-UBND-BC{Random.Shared.Next(100, 999)}";
        draft["number"] = number;
        draft["periodStart"] = "2026-01-01";
        draft["periodEnd"] = "2026-12-31";
        // The chairman gives the first target to a unit of the ward (a name of this test's own).
        var unit = $"Tổ công tác chuyển đổi số {Random.Shared.Next(1000, 9999)}";
        var owned = draft["targets"]!.AsArray()[0]!.AsObject();
        owned["ownerUnit"] = unit;
        using var confirmed = await chairman.PostAsJsonAsync("/api/plans/plans", draft, Ct);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var planId = (await confirmed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        using var issued = await chairman.PostAsJsonAsync($"/api/plans/plans/{planId}/issue", new { issuedOn = "2026-06-01" }, Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var plan = await chairman.GetFromJsonAsync<JsonElement>($"/api/plans/plans/{planId}", Ct);
        var targetCount = plan.GetProperty("targets").GetArrayLength();
        var board = await Eventually.HoldsAsync(async () => await BoardAsync(chairman, planId),
            b => b is { } json && json.GetProperty("targetCount").GetInt32() == targetCount,
            TimeSpan.FromSeconds(60), "the targets service registered the plan's targets", Ct);

        using var response = await chairman.GetAsync($"/api/targets/plans/{planId}/board.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BoardWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var sheet = new ReportSheet(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal("UBND PHƯỜNG TAM PHƯỚC", sheet.Text("A1"));
        Assert.Equal("BÁO CÁO", sheet.Text("A5"));
        Assert.Contains($"Kế hoạch số {number} ngày 01/06/2026", sheet.Text("A6"));
        Assert.StartsWith($"Tổng số {targetCount} chỉ tiêu:", sheet.Text("A9"));
        Assert.Equal(targetCount, (int)sheet.Number("C15"));

        // Every target of the board is a row of the table, under a bold row naming its theme as the plan titles it.
        var titles = plan.GetProperty("themes").EnumerateArray().ToDictionary(t => t.GetProperty("number").GetString()!, t => t.GetProperty("title").GetString()!);
        var rows = sheet.Rows.Select(r => (int)r.RowIndex!.Value).Where(r => r > BoardWorkbook.HeaderRow).ToList();
        var themes = board!.Value.GetProperty("themes").EnumerateArray().ToList();
        Assert.True(themes.Count > 1, $"the seed's targets are under {themes.Count} themes");
        foreach (var theme in themes)
        {
            var themeNumber = theme.GetProperty("themeNumber").GetString() ?? "";
            var groupRow = rows.First(r => sheet.IsText($"A{r}") && sheet.Text($"A{r}") == themeNumber && sheet.IsBold($"B{r}"));
            var expected = themeNumber == "" ? BoardReports.NoTheme : titles.GetValueOrDefault(themeNumber, $"Nội dung {themeNumber}");
            Assert.Equal(expected, sheet.Text($"B{groupRow}"));
            var texts = theme.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("text").GetString()!).ToList();
            Assert.Equal(texts, Enumerable.Range(groupRow + 1, texts.Count).Select(r => sheet.Text($"B{r}")));
            Assert.Equal(Enumerable.Range(1, texts.Count).Select(i => (decimal)i), Enumerable.Range(groupRow + 1, texts.Count).Select(r => sheet.Number($"A{r}")));
        }
        Assert.Contains(titles.Values, title => sheet.AllTexts.Contains(title));
        Assert.Equal("Nơi nhận:", sheet.Text($"A{sheet.RowOf("A", "Nơi nhận:")}"));
        Assert.Equal("CHỦ TỊCH", sheet.Text($"G{sheet.RowOf("G", "TM. ỦY BAN NHÂN DÂN") + 1}"));

        // The owner is filled, and that unit's own báo cáo downloads too, with this plan's target under the plan.
        var ownedText = owned["text"]!.GetValue<string>();
        Assert.StartsWith(unit, sheet.Text($"H{sheet.RowOf("B", ownedText)}"));
        using var unitResponse = await chairman.GetAsync($"/api/targets/units/{Uri.EscapeDataString(unit)}/board.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, unitResponse.StatusCode);
        using var unitSheet = new ReportSheet(await unitResponse.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal($"Tiến độ thực hiện chỉ tiêu của {unit}", unitSheet.Text("A6"));
        Assert.Contains(ownedText, unitSheet.AllTexts);
        Assert.Contains(unitSheet.AllTexts, text => text.StartsWith($"Kế hoạch số {number}:", StringComparison.Ordinal));
    }

    private static async Task<JsonElement?> BoardAsync(HttpClient client, Guid planId)
    {
        using var response = await client.GetAsync($"/api/targets/plans/{planId}/board", Ct);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>(Ct) : null;
    }
}
