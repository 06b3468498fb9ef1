using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using WardPlatform.Contracts;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// Issue 4's path through the gateway, as the ward's chairman and then the province see it: import the Word plan,
/// confirm it, issue it, the targets service registers its targets from the event, progress is reported with
/// evidence and the target's status changes; the province reads everything and changes nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlanPathTests(RunningPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_ward_imports_confirms_and_issues_its_plan_then_reports_progress_and_the_province_only_reads()
    {
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);

        // 1. Import: the structured draft, nothing stored.
        using var upload = new MultipartFormDataContent();
        var seed = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Plans", "Seeds", "ke-hoach-tam-phuoc-500-ngay-dem-2026.md"), Ct));
        seed.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        upload.Add(seed, "file", "tam-phuoc.md");
        using var imported = await chairman.PostAsync("/api/plans/plans/import", upload, Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var draft = JsonNode.Parse(await imported.Content.ReadAsStringAsync(Ct))!.AsObject();
        var targetCount = draft["targets"]!.AsArray().Count;
        Assert.True(targetCount >= 40, $"{targetCount} targets read from the seed");

        // 2. Confirm, as corrected by a person: a number of our own, this year's period.
        var number = $"{Random.Shared.Next(100, 999)}/KH-UBND-E2E";
        draft["number"] = number;
        draft["periodStart"] = "2026-01-01";
        draft["periodEnd"] = "2026-12-31";
        using var confirmed = await chairman.PostAsJsonAsync("/api/plans/plans", draft, Ct);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var planId = (await confirmed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        // 3. Issue; the targets service registers every target from PlanIssued.
        // Not before the document's own date (30/05/2026).
        using var issued = await chairman.PostAsJsonAsync($"/api/plans/plans/{planId}/issue", new { issuedOn = "2026-06-01" }, Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var board = await Eventually.HoldsAsync(
            async () => await BoardAsync(chairman, planId),
            b => b is { } json && json.GetProperty("targetCount").GetInt32() == targetCount,
            TimeSpan.FromSeconds(30), "the targets service registered the plan's targets", Ct);

        // 4. Progress with evidence on a share target; its status moves and says why.
        var target = board!.Value.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("targets").EnumerateArray())
            .First(t => t.GetProperty("kind").GetString() == "ShareToReach" && t.GetProperty("unit").GetString() == "%");
        var targetId = target.GetProperty("id").GetGuid();
        var statusBefore = target.GetProperty("status").GetString();
        Assert.NotEqual("Achieved", statusBefore);
        using var report = new MultipartFormDataContent
        {
            { new StringContent(target.GetProperty("value").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture)), "value" },
            { new StringContent("2026-11-20"), "reportedOn" },
            { new StringContent("Số liệu tháng 11, đã đối chiếu với phần mềm một cửa"), "note" },
        };
        var evidence = new ByteArrayContent("%PDF-1.4\n% minh chứng\n"u8.ToArray());
        evidence.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        report.Add(evidence, "evidence", "bien-ban.pdf");
        using var reported = await chairman.PostAsync($"/api/targets/targets/{targetId}/progress", report, Ct);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);

        var detail = await chairman.GetFromJsonAsync<JsonElement>($"/api/targets/targets/{targetId}", Ct);
        Assert.Equal("Achieved", detail.GetProperty("target").GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(detail.GetProperty("target").GetProperty("statusReason").GetString()));
        var history = detail.GetProperty("history").EnumerateArray().ToList();
        Assert.Single(history);
        var file = history[0].GetProperty("evidence")[0];
        Assert.Equal("bien-ban.pdf", file.GetProperty("fileName").GetString());

        // 5. The province reads the plan, the board and the target, and can change none of them.
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/plans/plans/{planId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/targets/plans/{planId}/board", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/targets/targets/{targetId}", Ct)).StatusCode);
        using var provinceReport = new MultipartFormDataContent { { new StringContent("1"), "value" }, { new StringContent("2026-11-20"), "reportedOn" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await province.PostAsync($"/api/targets/targets/{targetId}/progress", provinceReport, Ct)).StatusCode);
        Assert.Contains((await province.PostAsJsonAsync($"/api/plans/plans/{planId}/start", new { }, Ct)).StatusCode,
            new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        var after = await chairman.GetFromJsonAsync<JsonElement>($"/api/targets/targets/{targetId}", Ct);
        Assert.Single(after.GetProperty("history").EnumerateArray());
        Assert.Equal("Issued", (await chairman.GetFromJsonAsync<JsonElement>($"/api/plans/plans/{planId}", Ct)).GetProperty("status").GetString());

        // Another ward sees none of it.
        using var neighbour = platform.ClientAs(WardRoles.WardOfficer, TestUser.BinhPhuoc);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/targets/plans/{planId}/board", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/targets/targets/{targetId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_province_target_confirmed_as_computed_counts_itself_as_a_ward_issues_a_plan_citing_it()
    {
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        var number = $"{Random.Shared.Next(100, 999)}/KH-UBND-TINH";

        // A source the platform does not compute is refused through the gateway, naming the field.
        var target = new JsonObject
        {
            ["text"] = "100% xã, phường ban hành kế hoạch triển khai", ["kind"] = "ShareToReach", ["value"] = 100, ["unit"] = "%",
            ["outOf"] = 95, ["source"] = "Computed:unknown",
        };
        var plan = new JsonObject { ["number"] = number, ["title"] = "Kế hoạch thi đua của tỉnh", ["targets"] = new JsonArray(target) };
        using var refused = await province.PostAsJsonAsync("/api/plans/plans", plan, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("targets[0].source", out _));

        // Confirmed as computed, issued: the targets service registers it computed, at 0 wards.
        target["source"] = ComputedTargetSources.CascadePlans;
        using var confirmed = await province.PostAsJsonAsync("/api/plans/plans", plan, Ct);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var planId = (await confirmed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var stored = await province.GetFromJsonAsync<JsonElement>($"/api/plans/plans/{planId}", Ct);
        Assert.Equal(ComputedTargetSources.CascadePlans, stored.GetProperty("targets")[0].GetProperty("source").GetString());
        // Prepared by the official, issued by the province's leadership.
        using var leader = platform.ClientAs(WardRoles.ProvinceLeader, TestUser.ProvinceCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/plans/plans/{planId}/issue", new { issuedOn = "2026-01-05" }, Ct)).StatusCode);
        var registered = await Eventually.HoldsAsync(() => ComputedTargetAsync(province, planId), t => t is not null,
            TimeSpan.FromSeconds(30), "the province's computed target registered", Ct);
        Assert.Equal(ComputedTargetSources.CascadePlans, registered!.Value.GetProperty("source").GetString());
        Assert.Equal(0m, registered.Value.GetProperty("latestValue").GetDecimal());

        // A ward issues its plan citing the province's: the target counts it.
        using var wardPlan = await chairman.PostAsJsonAsync("/api/plans/plans", new
        {
            number = $"{Random.Shared.Next(100, 999)}/KH-UBND-XA", title = "Kế hoạch triển khai của phường",
            legalBases = new[] { new { text = $"Căn cứ Kế hoạch số {number} của UBND tỉnh", documentKind = "Kế hoạch", documentNumber = number } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, wardPlan.StatusCode);
        var wardPlanId = (await wardPlan.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await chairman.PostAsJsonAsync($"/api/plans/plans/{wardPlanId}/issue", new { issuedOn = "2026-02-01" }, Ct)).StatusCode);
        await Eventually.HoldsAsync(() => ComputedTargetAsync(province, planId),
            t => t is { } json && json.GetProperty("latestValue").GetDecimal() == Math.Round(100m / 95, 2),
            TimeSpan.FromSeconds(30), "the ward's plan counted on the province's target", Ct);
    }

    private static async Task<JsonElement?> ComputedTargetAsync(HttpClient client, Guid planId) =>
        await BoardAsync(client, planId) is { } board
            ? board.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("targets").EnumerateArray())
                .FirstOrDefault(t => t.GetProperty("latestValue").ValueKind == JsonValueKind.Number) is { ValueKind: JsonValueKind.Object } target ? target : null
            : null;

    private static async Task<JsonElement?> BoardAsync(HttpClient client, Guid planId)
    {
        using var response = await client.GetAsync($"/api/targets/plans/{planId}/board", Ct);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>(Ct) : null;
    }
}
