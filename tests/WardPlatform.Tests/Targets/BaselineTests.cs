using System.Net;
using System.Net.Http.Json;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

/// <summary>"Kéo giảm ít nhất 20% … so với năm 2025": the baseline figure a plan names but rarely states.</summary>
public sealed class BaselineTests(TestServers servers) : TargetsServiceTests(servers)
{
    private static PlannedTarget Reduction() => new(Guid.NewGuid(), "Kéo giảm ít nhất 20% số vụ lấn chiếm vỉa hè so với năm 2025",
        "Reduction", 20, "%", BaselineYear: 2025, ThemeNumber: "3", OwnerUnit: "Công an phường");

    [Fact]
    public async Task Setting_the_baseline_lets_the_rule_judge_the_reduction()
    {
        var reduction = Reduction();
        await IssueAsync(Plan(TestUser.TamPhuoc, reduction));
        await Api.PostAsync($"/targets/{reduction.TargetId}/progress", ProgressForm("70", "2026-05-31"), Ct);
        var before = (await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{reduction.TargetId}", Ct))!.Target;
        Assert.Equal("AtRisk", before.Status);
        Assert.Contains("năm 2025", before.StatusReason);

        using var set = await Api.PutAsJsonAsync($"/targets/{reduction.TargetId}/baseline", new { value = 100 }, Ct);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var after = (await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{reduction.TargetId}", Ct))!.Target;
        Assert.Equal(100, after.BaselineValue);
        Assert.Equal("Achieved", after.Status); // 100 → 70 is a 30 % reduction, more than the 20 % asked
        Assert.Single(await OutboxPayloadsAsync<TargetStatusChanged>());
    }

    [Theory]
    [InlineData("""{"value":0}""", "not_positive")]
    [InlineData("""{"value":-5}""", "not_positive")]
    [InlineData("""{}""", "required")]
    [InlineData("""{"value":99999999999}""", "absurd")]
    public async Task A_bad_baseline_is_refused_naming_the_field_and_changes_nothing(string body, string code)
    {
        var reduction = Reduction();
        await IssueAsync(Plan(TestUser.TamPhuoc, reduction));
        using var response = await Api.PutAsync($"/targets/{reduction.TargetId}/baseline",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, await response.Content.ReadAsStringAsync(Ct));
        Assert.Null((await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{reduction.TargetId}", Ct))!.Target.BaselineValue);
    }

    [Fact]
    public async Task Only_a_reduction_has_a_baseline_and_another_ward_cannot_set_one()
    {
        var count = Count(10);
        var reduction = Reduction();
        await IssueAsync(Plan(TestUser.TamPhuoc, count, reduction));
        using var onCount = await Api.PutAsJsonAsync($"/targets/{count.TargetId}/baseline", new { value = 5 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, onCount.StatusCode);
        Assert.Contains("not_a_reduction", await onCount.Content.ReadAsStringAsync(Ct));

        var neighbour = Targets.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc));
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PutAsJsonAsync($"/targets/{reduction.TargetId}/baseline", new { value = 100 }, Ct)).StatusCode);
        var province = Targets.ClientAs(TestUser.ProvinceOfficial());
        Assert.Equal(HttpStatusCode.Forbidden, (await province.PutAsJsonAsync($"/targets/{reduction.TargetId}/baseline", new { value = 100 }, Ct)).StatusCode);
        Assert.Null((await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{reduction.TargetId}", Ct))!.Target.BaselineValue);
    }
}
