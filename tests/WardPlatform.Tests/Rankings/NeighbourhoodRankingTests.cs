using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Contracts.Events;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Rankings;

/// <summary>
/// A ward ranks its own neighbourhoods (khu phố, ấp) from the report events that name them: its chairman defines and
/// publishes, its staff read every row, the province reads only, another ward sees nothing (404).
/// </summary>
public sealed class NeighbourhoodRankingTests(TestServers servers) : RankingsServiceTests(servers)
{
    private static readonly Guid KhuPho1 = Guid.NewGuid();
    private static readonly Guid KhuPho2 = Guid.NewGuid();
    private static readonly Guid BinhPhuocKhuPho = Guid.NewGuid();

    private HttpClient Chairman => Rankings.ClientAs(TestUser.WardChairman(TestUser.TamPhuoc));

    private static ReportResolved Resolved(string ward, Guid? neighbourhood, bool onTime) =>
        new(Guid.NewGuid(), ward, TestUser.ProvinceCode, "lan-chiem-via-he", null, new DateOnly(2026, 4, 10), onTime, Now.AddDays(-20), neighbourhood);

    private static object Definition(string name, params object[] criteria) => new
    {
        name, level = "neighbourhoods", periodStart = "2026-01-01", periodEnd = "2026-12-31", totalPoints = 100, criteria,
    };

    private static readonly object OnTime =
        new { code = "c1", area = "Phản ánh, kiến nghị", name = "Giải quyết phản ánh đúng hạn", points = 100, source = "metric:reports-on-time", floor = 50, target = 100 };

    private static List<(string Unit, decimal Score, int? Rank)> Rows(JsonElement view) =>
        view.GetProperty("wards").EnumerateArray()
            .Select(w => (w.GetProperty("ward").GetString()!, w.GetProperty("score").GetDecimal(),
                w.GetProperty("rank").ValueKind == JsonValueKind.Null ? (int?)null : w.GetProperty("rank").GetInt32()))
            .ToList();

    [Fact]
    public async Task A_ward_ranks_its_neighbourhoods_on_on_time_reports_and_another_ward_sees_nothing()
    {
        // Khu phố 1: 3 of 4 on time; Khu phố 2: 2 of 2. A report with no neighbourhood and another ward's count for neither.
        foreach (var onTime in new[] { true, true, true, false }) await DeliverAsync(Resolved(TestUser.TamPhuoc, KhuPho1, onTime));
        foreach (var _ in new[] { 1, 2 }) await DeliverAsync(Resolved(TestUser.TamPhuoc, KhuPho2, onTime: true));
        await DeliverAsync(Resolved(TestUser.TamPhuoc, null, onTime: false));
        await DeliverAsync(Resolved(TestUser.BinhPhuoc, BinhPhuocKhuPho, onTime: false));

        var created = await Chairman.PostAsJsonAsync("/definitions", Definition("Thi đua giữa các khu phố 2026", OnTime), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var definition = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = definition.GetProperty("id").GetGuid();
        Assert.Equal(("neighbourhoods", TestUser.TamPhuoc), (definition.GetProperty("level").GetString(), definition.GetProperty("tenantCode").GetString()));

        // Khu phố 2: 100 × (100 − 50)/50 = 100 (the share is capped at 1), rank 1.
        // Khu phố 1: 75% on time: 100 × (75 − 50)/50 = 50, rank 2.
        var expected = new List<(string, decimal, int?)> { (KhuPho2.ToString(), 100.00m, 1), (KhuPho1.ToString(), 50.00m, 2) };
        var officer = Ward(TestUser.TamPhuoc);
        var live = await officer.GetFromJsonAsync<JsonElement>($"/definitions/{id}/live", Ct);
        Assert.Equal(expected, Rows(live));                     // the ward's staff read every row of its own neighbourhoods
        Assert.Equal(TestUser.TamPhuoc, live.GetProperty("definition").GetProperty("ward").GetString());
        var why = await officer.GetFromJsonAsync<JsonElement>($"/definitions/{id}/wards/{KhuPho1}/explanation", Ct);
        Assert.Equal(KhuPho2.ToString(), why.GetProperty("above").GetString());
        Assert.Equal(50.00m, why.GetProperty("gapToNextRank").GetDecimal());
        Assert.Equal("reports:3/4", why.GetProperty("criteria")[0].GetProperty("record").GetString());

        // The province reads it and changes nothing.
        Assert.Equal(expected, Rows(await Province.GetFromJsonAsync<JsonElement>($"/definitions/{id}/live", Ct)));
        var refused = await Province.PostAsync($"/definitions/{id}/publish", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("ward_managers_only", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await Province.PostAsJsonAsync(
            $"/definitions/series/{definition.GetProperty("seriesId").GetGuid()}/versions", Definition("Đổi", OnTime), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/definitions/{id}/publish", null, Ct)).StatusCode);

        // Another ward: nothing, not even that it exists.
        var other = Ward(TestUser.BinhPhuoc);
        var otherAdmin = Rankings.ClientAs(TestUser.WardAdmin(TestUser.BinhPhuoc));
        foreach (var path in new[] { $"/definitions/{id}", $"/definitions/{id}/live", $"/definitions/{id}/simulation", $"/definitions/{id}/wards/{KhuPho1}/explanation" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync($"/definitions/{id}/publish", null, Ct)).StatusCode);
        Assert.DoesNotContain(id.ToString(), await other.GetStringAsync("/definitions", Ct));

        // The chairman publishes; the ward and the province read the official ranking, another ward does not.
        var published = await Chairman.PostAsync($"/definitions/{id}/publish", null, Ct);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var publishedId = (await published.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(expected, Rows(await officer.GetFromJsonAsync<JsonElement>($"/published/{publishedId}", Ct)));
        Assert.Equal(expected, Rows(await Province.GetFromJsonAsync<JsonElement>($"/published/{publishedId}", Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/published/{publishedId}", Ct)).StatusCode);
        Assert.DoesNotContain(publishedId.ToString(), await other.GetStringAsync("/published", Ct));
        var listed = (await officer.GetFromJsonAsync<JsonElement>("/published", Ct)).EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == publishedId);
        Assert.Equal(("neighbourhoods", TestUser.TamPhuoc), (listed.GetProperty("level").GetString(), listed.GetProperty("ward").GetString()));
    }

    [Fact]
    public async Task Values_the_ward_enters_per_neighbourhood_are_ranked_and_ward_only_sources_are_refused_naming_the_field()
    {
        var entered = await Chairman.PutAsJsonAsync("/entered-values", new
        {
            key = "ve-sinh", year = 2026,
            rows = new object[]
            {
                new { ward = KhuPho1.ToString(), value = 8, record = "Biên bản chấm điểm vệ sinh quý II" },
                new { ward = KhuPho2.ToString(), value = 5, record = "Biên bản chấm điểm vệ sinh quý II" },
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, entered.StatusCode);
        var created = await Chairman.PostAsJsonAsync("/definitions", Definition("Khu phố xanh, sạch, đẹp 2026",
            new { code = "c1", area = "Môi trường", name = "Điểm vệ sinh môi trường", points = 100, source = "entered:ve-sinh", floor = 0, target = 10 }), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        // 100 × 8/10 = 80 and 100 × 5/10 = 50.
        Assert.Equal([(KhuPho1.ToString(), 80.00m, (int?)1), (KhuPho2.ToString(), 50.00m, 2)],
            Rows(await Chairman.GetFromJsonAsync<JsonElement>($"/definitions/{id}/live", Ct)));

        // Targets, plan cascades and commendations are the ward's, not its neighbourhoods'.
        foreach (var source in new[] { $"target:{Guid.NewGuid()}", $"metric:plan-cascaded:{ProvincePlanNumber}", "metric:targets-achieved" })
        {
            var bad = await Chairman.PostAsJsonAsync("/definitions", Definition("Xếp hạng",
                new { area = "Cải cách hành chính", name = "Chỉ tiêu", points = 100, source, floor = 0, target = 95 }), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var problem = await bad.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal("not_for_neighbourhoods", problem.GetProperty("codes").GetProperty("criteria[0].source")[0].GetString());
            Assert.Contains("khu phố, ấp", problem.GetProperty("errors").GetProperty("criteria[0].source")[0].GetString());
        }

        // Only the ward's chairman or administrator defines, and only for its own ward; the province does not.
        Assert.Equal(HttpStatusCode.Forbidden, (await Ward(TestUser.TamPhuoc).PostAsJsonAsync("/definitions", Definition("Xếp hạng", OnTime), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Province.PostAsJsonAsync("/definitions", Definition("Xếp hạng", OnTime), Ct)).StatusCode);
        var elsewhere = await Chairman.PostAsJsonAsync("/definitions", new
        {
            name = "Xếp hạng", level = "neighbourhoods", ward = TestUser.BinhPhuoc, periodStart = "2026-01-01", periodEnd = "2026-12-31", criteria = new[] { OnTime },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Equal("not_own_ward", (await elsewhere.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("codes").GetProperty("ward")[0].GetString());
    }
}
