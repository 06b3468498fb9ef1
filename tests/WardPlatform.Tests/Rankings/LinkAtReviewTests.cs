using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Rankings;

/// <summary>
/// “Tôi nhập kế hoạch của phường triển khai kế hoạch của tỉnh: màn hình rà soát phải gợi ý chỉ tiêu của tỉnh mà chỉ tiêu
/// của phường trả lời, và khi báo cáo tiến độ thì điểm xếp hạng của phường phải thay đổi.” The review screen's questions
/// (POST /links/proposals, before the plan exists), the link saved at confirmation (ahead of the plan's issue), then
/// the plan issued and a progress report moving the ward's live score.
/// </summary>
public sealed class LinkAtReviewTests(TestServers servers) : RankingsServiceTests(servers)
{
    [Fact]
    public async Task The_review_screen_proposes_the_province_target_and_the_link_confirmed_then_moves_the_wards_score()
    {
        var digitised = Share("Tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 95%");
        var households = Share("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", 90);
        await DeliverAsync(Plan(TestUser.ProvinceCode, ProvincePlanNumber, [digitised, households]));

        // The draft as the importer read it: one target typed without diacritics, one of another unit, one unrelated.
        var tam = Ward(TestUser.TamPhuoc);
        var asked = await tam.PostAsJsonAsync("/links/proposals", new
        {
            planNumbers = new[] { ProvincePlanNumber },
            targets = new[]
            {
                new { text = "So hoa 95% ho so thu tuc hanh chinh cua phuong", kind = "ShareToReach", unit = "%" },
                new { text = "Số hộ gia đình đạt danh hiệu Gia đình văn hóa", kind = "Count", unit = "hộ" },
                new { text = "Trồng mới 2.000 cây xanh", kind = "ShareToReach", unit = "%" },
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var proposals = (await asked.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray()
            .Select(list => list.EnumerateArray().Where(c => c.GetProperty("proposed").GetBoolean()).Select(c => c.GetProperty("targetId").GetGuid()).ToList())
            .ToList();
        Assert.Equal([digitised.TargetId], proposals[0]);
        Assert.Empty(proposals[1]);   // similar wording, but a count of households is not a share
        Assert.Empty(proposals[2]);
        // Nothing cited, nothing proposed; no targets is a field error.
        var uncited = await tam.PostAsJsonAsync("/links/proposals", new { planNumbers = Array.Empty<string>(), targets = new[] { new { text = "x", kind = "Count", unit = "hộ" } } }, Ct);
        Assert.Empty((await uncited.Content.ReadFromJsonAsync<JsonElement>(Ct))[0].EnumerateArray());
        var empty = await tam.PostAsJsonAsync("/links/proposals", new { planNumbers = new[] { ProvincePlanNumber } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("targets", out _));

        // Confirmed: the plan is stored (a draft), the person keeps the proposal; the link is saved before the plan's issue.
        var wardTarget = Share("So hoa 95% ho so thu tuc hanh chinh cua phuong");
        var ahead = await tam.PutAsJsonAsync($"/links/{wardTarget.TargetId}",
            new { provinceTargetId = digitised.TargetId, planNumbers = new[] { ProvincePlanNumber } }, Ct);
        Assert.Equal(HttpStatusCode.OK, ahead.StatusCode);
        // A province target of a plan the ward's plan does not cite is refused, naming the field; another ward cannot take the id.
        var wrong = await tam.PutAsJsonAsync($"/links/{Guid.NewGuid()}", new { provinceTargetId = digitised.TargetId, planNumbers = new[] { "99/KH-UBND" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("provinceTargetId", out _));
        var other = await Ward(TestUser.BinhPhuoc).PutAsJsonAsync($"/links/{wardTarget.TargetId}",
            new { provinceTargetId = digitised.TargetId, planNumbers = new[] { ProvincePlanNumber } }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        var shown = await tam.GetFromJsonAsync<JsonElement>($"/links/{wardTarget.TargetId}", Ct);
        Assert.Equal(digitised.TargetId, shown.GetProperty("provinceTargetId").GetGuid());

        // The plan is issued, then the ward reports progress: its live score for the province's indicator moves.
        var plan = Plan(TestUser.TamPhuoc, "15/KH-UBND", [wardTarget], ProvincePlanNumber);
        await DeliverAsync(plan);
        var created = await Province.PostAsJsonAsync("/definitions", new
        {
            name = "Xếp hạng số hóa hồ sơ 2026", periodStart = "2026-01-01", periodEnd = "2026-12-31", totalPoints = 100,
            wards = new[] { TestUser.TamPhuoc },
            criteria = new[] { new { code = "c1", area = "Cải cách hành chính", name = "Số hóa hồ sơ", points = 100, source = $"target:{digitised.TargetId}", floor = 0, target = 95 } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(0m, await ScoreAsync(id));
        await DeliverAsync(Progress(plan, wardTarget, 76, day: 12));
        var moved = await Eventually.HoldsAsync(() => ScoreAsync(id), s => s == 80m, TimeSpan.FromSeconds(10), "76 of 95 gives 80 points", Ct);
        Assert.Equal(80m, moved);
        // Later, on the plan page, the person can remove the link: the indicator is then not reported.
        Assert.Equal(HttpStatusCode.OK, (await tam.PutAsJsonAsync($"/links/{wardTarget.TargetId}", new { provinceTargetId = (Guid?)null }, Ct)).StatusCode);
        Assert.Equal(0m, await Eventually.HoldsAsync(() => ScoreAsync(id), s => s == 0m, TimeSpan.FromSeconds(10), "unlinked: not reported", Ct));
    }

    private async Task<decimal> ScoreAsync(Guid definition) =>
        (await Province.GetFromJsonAsync<JsonElement>($"/definitions/{definition}/live", Ct)).GetProperty("wards")[0].GetProperty("score").GetDecimal();
}
