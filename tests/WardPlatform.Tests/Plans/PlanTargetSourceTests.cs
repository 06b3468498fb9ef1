using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Tests.Infrastructure;
using static WardPlatform.Tests.Plans.PlanDocuments;

namespace WardPlatform.Tests.Plans;

/// <summary>A confirmed target's source ("Nguồn số liệu"): stored, read back, carried by PlanIssued; a bad one refused.</summary>
public sealed class PlanTargetSourceTests(TestServers servers) : PlansServiceTests(servers)
{
    private HttpClient Official => Plans.ClientAs(TestUser.ProvinceOfficial());

    private static object ProvincePlan(params object[] targets) =>
        new { number = "208/KH-UBND", title = "Kế hoạch thi đua của tỉnh năm 2026", issuedOn = "2026-01-05", targets };

    private static object CascadeShare(string? source = ComputedTargetSources.CascadePlans, string kind = "ShareToReach", int? outOf = 95) =>
        new { text = "100% xã, phường ban hành kế hoạch triển khai", kind, value = 100, unit = "%", outOf, source };

    private async Task<JsonElement> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static (string Code, string Message) ErrorOf(JsonElement problem, string field) =>
        (problem.GetProperty("codes").GetProperty(field)[0].GetString()!, problem.GetProperty("errors").GetProperty(field)[0].GetString()!);

    [Fact]
    public async Task A_computed_source_is_stored_read_back_and_carried_by_PlanIssued_and_manual_stays_null()
    {
        var created = await ConfirmAsync(Official, ProvincePlan(
            CascadeShare(),
            new { text = "Ít nhất 80 xã, phường ban hành kế hoạch", kind = "Count", value = 80, unit = "xã, phường", source = ComputedTargetSources.CascadePlans },
            new { text = "Tổ chức 02 đợt cao điểm", kind = "Count", value = 2, unit = "đợt", source = "Manual" },
            new { text = "Số hóa 100% hồ sơ", kind = "ShareToReach", value = 100, unit = "%" }));

        var plan = await ReadAsync(Official, created.Id);
        Assert.Equal([ComputedTargetSources.CascadePlans, ComputedTargetSources.CascadePlans, null, null], plan.Targets.Select(t => t.Source));

        Assert.Equal(HttpStatusCode.OK, (await Plans.ClientAs(TestUser.ProvinceLeader()).PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct)).StatusCode);
        var issued = Assert.Single(await OutboxAsync<PlanIssued>(Plans));
        Assert.Equal(plan.Targets.Select(t => (t.TargetId, t.Source)), issued.Targets!.Select(t => (t.TargetId, t.Source)));
        Assert.Equal(95, issued.Targets![0].OutOf);
    }

    [Fact]
    public async Task Replacing_a_draft_can_set_and_clear_a_targets_source()
    {
        var created = await ConfirmAsync(Official, ProvincePlan(CascadeShare(source: null)));
        var id = (await ReadAsync(Official, created.Id)).Targets[0].TargetId;

        var set = await Official.PutAsJsonAsync($"/plans/{created.Id}", ProvincePlan(
            new { targetId = id, text = "100% xã, phường ban hành kế hoạch", kind = "ShareToReach", value = 100, unit = "%", outOf = 95, source = ComputedTargetSources.CascadePlans }), Ct);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var target = Assert.Single((await ReadAsync(Official, created.Id)).Targets);
        Assert.Equal((id, ComputedTargetSources.CascadePlans), (target.TargetId, target.Source));

        var refused = await Official.PutAsJsonAsync($"/plans/{created.Id}", ProvincePlan(CascadeShare(source: "Computed:no-such-feed")), Ct);
        Assert.Equal("unknown_source", ErrorOf(await RefusedAsync(refused), "targets[0].source").Code);
        Assert.Equal(ComputedTargetSources.CascadePlans, Assert.Single((await ReadAsync(Official, created.Id)).Targets).Source);
    }

    [Theory]
    [InlineData("Computed:no-such-feed")]
    [InlineData("cascade-plans")]
    [InlineData("Tự động")]
    public async Task An_unknown_source_is_a_400_naming_the_field_listing_the_choices_and_nothing_is_stored(string source)
    {
        var problem = await RefusedAsync(await Official.PostAsJsonAsync("/plans", ProvincePlan(CascadeShare(source)), Ct));

        var (code, message) = ErrorOf(problem, "targets[0].source");
        Assert.Equal("unknown_source", code);
        Assert.StartsWith("Nguồn số liệu không hợp lệ", message);
        Assert.Contains(ComputedTargetSources.CascadePlans, message);
        Assert.Contains("\"Manual\"", message);
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Theory]
    [InlineData("Ceiling")]
    [InlineData("Rank")]
    [InlineData("Reduction")]
    public async Task A_computed_source_on_a_target_that_is_neither_a_share_nor_a_count_is_refused(string kind)
    {
        var target = new { text = "Chỉ tiêu", kind, value = 5, unit = "%", outOf = 95, baselineYear = 2025, source = ComputedTargetSources.CascadePlans };
        var problem = await RefusedAsync(await Official.PostAsJsonAsync("/plans", ProvincePlan(target), Ct));

        var (code, message) = ErrorOf(problem, "targets[0].source");
        Assert.Equal("source_kind_mismatch", code);
        Assert.Contains("Tỷ lệ cần đạt", message);
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task A_computed_share_without_the_number_of_wards_is_refused_on_out_of()
    {
        var problem = await RefusedAsync(await Official.PostAsJsonAsync("/plans", ProvincePlan(CascadeShare(outOf: null)), Ct));

        Assert.Equal("required", ErrorOf(problem, "targets[0].outOf").Code);
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task A_reduction_of_verified_incidents_and_an_on_time_share_of_reports_are_accepted_and_a_reduction_names_its_baseline_year()
    {
        var created = await ConfirmAsync(Official, ProvincePlan(
            new { text = "Kéo giảm ít nhất 20% vụ vi phạm so với năm 2025", kind = "Reduction", value = 20, unit = "%", baselineYear = 2025, source = ComputedTargetSources.VerifiedIncidents },
            new { text = "100% phản ánh, kiến nghị được giải quyết kịp thời", kind = "ShareToReach", value = 100, unit = "%", source = ComputedTargetSources.ReportsOnTime }));
        Assert.Equal([ComputedTargetSources.VerifiedIncidents, ComputedTargetSources.ReportsOnTime], (await ReadAsync(Official, created.Id)).Targets.Select(t => t.Source));

        var noYear = await RefusedAsync(await Official.PostAsJsonAsync("/plans", ProvincePlan(
            new { text = "Kéo giảm ít nhất 20% vụ vi phạm", kind = "Reduction", value = 20, unit = "%", source = ComputedTargetSources.VerifiedIncidents }), Ct));
        Assert.Equal("required", ErrorOf(noYear, "targets[0].baselineYear").Code);
        var onTimeReduction = await RefusedAsync(await Official.PostAsJsonAsync("/plans", ProvincePlan(
            new { text = "Kéo giảm 20% phản ánh quá hạn", kind = "Reduction", value = 20, unit = "%", baselineYear = 2025, source = ComputedTargetSources.ReportsOnTime }), Ct));
        var (code, message) = ErrorOf(onTimeReduction, "targets[0].source");
        Assert.Equal("source_kind_mismatch", code);
        Assert.Contains("Tỷ lệ cần đạt", message);
    }
}
