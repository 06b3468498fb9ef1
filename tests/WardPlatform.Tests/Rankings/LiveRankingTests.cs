using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Rankings;

/// <summary>From events to a live ranking, a published snapshot that re-runs identically, and who sees what.</summary>
public sealed class LiveRankingTests(TestServers servers) : RankingsServiceTests(servers)
{
    private sealed record Setup(PlanIssued Tam, PlannedTarget TamTarget, PlanIssued Binh, PlannedTarget BinhTarget, Guid DefinitionId);

    private async Task<Setup> ArrangeAsync()
    {
        var provinceTarget = Share("Tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 95%");
        await DeliverAsync(Plan(TestUser.ProvinceCode, ProvincePlanNumber, [provinceTarget]));
        var tamTarget = Share("Số hóa 95% hồ sơ thủ tục hành chính của phường");
        var binhTarget = Share("Tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 95% trở lên");
        var tam = Plan(TestUser.TamPhuoc, "15/KH-UBND", [tamTarget, Share("Tỷ lệ hộ gia đình văn hóa", 90)], ProvincePlanNumber);
        var binh = Plan(TestUser.BinhPhuoc, "22/KH-UBND", [binhTarget], ProvincePlanNumber);
        await DeliverAsync(tam);
        await DeliverAsync(binh);

        // The ward's person sees the province target proposed and confirms it.
        foreach (var (ward, target) in new[] { (TestUser.TamPhuoc, tamTarget), (TestUser.BinhPhuoc, binhTarget) })
        {
            var link = await Ward(ward).GetFromJsonAsync<JsonElement>($"/links/{target.TargetId}", Ct);
            var proposed = link.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("proposed").GetBoolean());
            Assert.Equal(provinceTarget.TargetId, proposed.GetProperty("targetId").GetGuid());
            var put = await Ward(ward).PutAsJsonAsync($"/links/{target.TargetId}", new { provinceTargetId = provinceTarget.TargetId }, Ct);
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        await DeliverAsync(Resolved(TestUser.TamPhuoc, onTime: true));
        await DeliverAsync(Resolved(TestUser.TamPhuoc, onTime: true));
        await DeliverAsync(Resolved(TestUser.TamPhuoc, onTime: false));
        await DeliverAsync(Resolved(TestUser.BinhPhuoc, onTime: true));
        await DeliverAsync(Progress(tam, tamTarget, 95, day: 10));
        await DeliverAsync(Progress(binh, binhTarget, 47.5m, day: 10));

        var created = await Province.PostAsJsonAsync("/definitions", Definition("Xếp hạng cải cách hành chính 2026", provinceTarget.TargetId), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        return new Setup(tam, tamTarget, binh, binhTarget, id);
    }

    private static List<(string Ward, decimal Score, int? Rank)> Rows(JsonElement view) =>
        view.GetProperty("wards").EnumerateArray()
            .Select(w => (w.GetProperty("ward").GetString()!, w.GetProperty("score").GetDecimal(),
                w.GetProperty("rank").ValueKind == JsonValueKind.Null ? (int?)null : w.GetProperty("rank").GetInt32()))
            .ToList();

    [Fact]
    public async Task A_progress_report_on_a_linked_ward_target_moves_the_live_score_and_a_snapshot_reruns_identically()
    {
        var setup = await ArrangeAsync();
        var live = await Province.GetFromJsonAsync<JsonElement>($"/definitions/{setup.DefinitionId}/live", Ct);
        // Tam Phước: 60 × 95/95 + 40 × (66.67 − 50)/50 = 73.33; Bình Phước: 60 × 47.5/95 + 40 = 70.
        Assert.Equal([(TestUser.TamPhuoc, 73.33m, (int?)1), (TestUser.BinhPhuoc, 70.00m, 2)], Rows(live));

        await PublishAsync(Progress(setup.Binh, setup.BinhTarget, 95, day: 20));
        var moved = await Eventually.HoldsAsync(() => Province.GetFromJsonAsync<JsonElement>($"/definitions/{setup.DefinitionId}/live", Ct),
            v => Rows(v)[0].Ward == TestUser.BinhPhuoc, TimeSpan.FromSeconds(30), "Bình Phước's new value ranks it first", Ct);
        Assert.Equal([(TestUser.BinhPhuoc, 100.00m, (int?)1), (TestUser.TamPhuoc, 73.33m, 2)], Rows(moved));

        // A ward sees its own provisional row and explanation, not another ward's.
        var own = await Ward(TestUser.TamPhuoc).GetFromJsonAsync<JsonElement>($"/definitions/{setup.DefinitionId}/live", Ct);
        Assert.Equal([(TestUser.TamPhuoc, 73.33m, (int?)2)], Rows(own));
        Assert.Equal(HttpStatusCode.NotFound,
            (await Ward(TestUser.TamPhuoc).GetAsync($"/definitions/{setup.DefinitionId}/wards/{TestUser.BinhPhuoc}/explanation", Ct)).StatusCode);
        var why = await Ward(TestUser.TamPhuoc).GetFromJsonAsync<JsonElement>($"/definitions/{setup.DefinitionId}/wards/{TestUser.TamPhuoc}/explanation", Ct);
        Assert.Equal(TestUser.BinhPhuoc, why.GetProperty("above").GetString());
        Assert.Equal(26.67m, why.GetProperty("gapToNextRank").GetDecimal());
        var c1 = why.GetProperty("criteria")[0];
        Assert.Contains(c1.GetProperty("sources").EnumerateArray(), s => s.GetProperty("kind").GetString() == "target"
            && s.GetProperty("id").GetString() == setup.TamTarget.TargetId.ToString());

        // A ward user cannot publish; the province publishes once; the same version again is a conflict.
        Assert.Equal(HttpStatusCode.Forbidden, (await Ward(TestUser.TamPhuoc).PostAsync($"/definitions/{setup.DefinitionId}/publish", null, Ct)).StatusCode);
        var published = await Province.PostAsync($"/definitions/{setup.DefinitionId}/publish", null, Ct);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var snapshot = await published.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var again = await Province.PostAsync($"/definitions/{setup.DefinitionId}/publish", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("already_published", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(1, await Rankings.QueryAsync(db => db.Published.IgnoreQueryFilters().CountAsync()));

        // Facts arriving after publication move the live ranking, never the published one.
        await DeliverAsync(Resolved(TestUser.BinhPhuoc, onTime: false));
        var snapshotId = snapshot.GetProperty("id").GetGuid();
        var table = await Ward(TestUser.TamPhuoc).GetFromJsonAsync<JsonElement>($"/published/{snapshotId}", Ct);
        Assert.Equal([(TestUser.BinhPhuoc, 100.00m, (int?)1), (TestUser.TamPhuoc, 73.33m, 2)], Rows(table));
        Assert.Equal(64, table.GetProperty("inputsHash").GetString()!.Length);
        var rerun = await Ward(TestUser.BinhPhuoc).GetFromJsonAsync<JsonElement>($"/published/{snapshotId}/rerun", Ct);
        Assert.True(rerun.GetProperty("identical").GetBoolean());
        Assert.Equal(rerun.GetProperty("inputsHash").GetString(), rerun.GetProperty("recomputedHash").GetString());
        var published2 = await Ward(TestUser.TamPhuoc).GetFromJsonAsync<JsonElement>($"/published/{snapshotId}/wards/{TestUser.BinhPhuoc}/explanation", Ct);
        Assert.Equal(100.00m, published2.GetProperty("score").GetProperty("score").GetDecimal());

        // Another province sees neither the definition nor the published ranking.
        var other = Rankings.ClientAs(TestUser.ProvinceOfficial(TestUser.OtherProvinceCode));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/published/{snapshotId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/definitions/{setup.DefinitionId}/live", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_new_version_leaves_the_published_one_as_it_was()
    {
        var setup = await ArrangeAsync();
        var first = await (await Province.PostAsync($"/definitions/{setup.DefinitionId}/publish", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var definition = await Province.GetFromJsonAsync<JsonElement>($"/definitions/{setup.DefinitionId}", Ct);
        var provinceTarget = Guid.Parse(definition.GetProperty("method").GetProperty("criteria")[0].GetProperty("source").GetString()!["target:".Length..]);

        var next = await Province.PostAsJsonAsync($"/definitions/series/{definition.GetProperty("seriesId").GetGuid()}/versions",
            Definition("Xếp hạng cải cách hành chính 2026", provinceTarget, targetPoints: 20, reportPoints: 80), Ct);
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var v2 = await next.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        var live2 = await Province.GetFromJsonAsync<JsonElement>($"/definitions/{v2.GetProperty("id").GetGuid()}/live", Ct);
        // 20 × 1 + 80 × 0.3333 = 46.67 and 20 × 0.5 + 80 = 90.
        Assert.Equal([(TestUser.BinhPhuoc, 90.00m, (int?)1), (TestUser.TamPhuoc, 46.67m, 2)], Rows(live2));

        var table = await Province.GetFromJsonAsync<JsonElement>($"/published/{first.GetProperty("id").GetGuid()}", Ct);
        Assert.Equal([(TestUser.TamPhuoc, 73.33m, (int?)1), (TestUser.BinhPhuoc, 70.00m, 2)], Rows(table));
        var list = await Province.GetFromJsonAsync<JsonElement>("/definitions", Ct);
        Assert.Equal(2, list.EnumerateArray().Single().GetProperty("version").GetInt32());
    }
}
