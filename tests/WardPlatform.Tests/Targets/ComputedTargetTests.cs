using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Feeds;
using WardPlatform.Targets.Tracking;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

/// <summary>The computed target "cascade-plans": wards issuing plans that cascade a province plan feed its value.</summary>
public sealed class ComputedTargetTests(TestServers servers) : TargetsServiceTests(servers)
{
    private const string ProvincePlanNumber = "208/KH-UBND";

    private PlanIssued ProvincePlan() => Plan(TestUser.ProvinceCode) with { Number = ProvincePlanNumber, Title = "Kế hoạch thi đua của tỉnh" };

    private PlanIssued WardPlan(string ward, params string[] parents) => Plan(ward) with { ParentPlanNumbers = parents };

    private async Task<Guid> RegisterComputedAsync(Guid planId, string unit = "xã, phường", int? outOf = null)
    {
        var official = Targets.ClientAs(TestUser.ProvinceOfficial());
        var response = await official.PostAsJsonAsync($"/plans/{planId}/targets", new
        {
            text = "Số kế hoạch của xã, phường ban hành theo kế hoạch của tỉnh", kind = outOf is null ? "Count" : "ShareToReach",
            value = outOf is null ? 95 : 100, unit, outOf, source = "Computed:cascade-plans",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TargetDto>(Ct))!.Id;
    }

    private Task<decimal?> ValueOfAsync(Guid id) => Targets.QueryAsync(db => db.Targets.Where(t => t.Id == id).Select(t => t.LatestValue).SingleAsync());

    [Fact]
    public async Task Each_ward_issuing_a_plan_that_cites_the_province_plan_counts_once()
    {
        var province = await IssueAsync(ProvincePlan());
        var target = await RegisterComputedAsync(province.PlanId);
        Assert.Equal(0m, await ValueOfAsync(target));

        await IssueAsync(WardPlan(TestUser.TamPhuoc, ProvincePlanNumber));
        await IssueAsync(WardPlan(TestUser.BinhPhuoc, "15/QĐ-UBND", ProvincePlanNumber));
        await IssueAsync(WardPlan(TestUser.TamPhuoc, ProvincePlanNumber));           // the same ward again
        await IssueAsync(WardPlan("26041", "99/KH-UBND"));                             // cites another plan

        Assert.Equal(2m, await ValueOfAsync(target));
        var reports = await Targets.QueryAsync(db => db.ProgressReports.Where(r => r.TargetId == target).OrderBy(r => r.RecordedAt).ToListAsync());
        Assert.Equal([0m, 1m, 2m], reports.Select(r => r.Value));
        Assert.All(reports, r => Assert.Equal(TargetFeeds.ReporterPrefix + CascadePlansFeed.FeedName, r.ReportedBy));
        Assert.Equal(3, await OutboxCountAsync<ProgressRecorded>());
        var board = (await Targets.ClientAs(TestUser.ProvinceOfficial()).GetFromJsonAsync<PlanBoardDto>($"/plans/{province.PlanId}/board", Ct))!;
        Assert.Equal(2m, board.Themes.SelectMany(t => t.Targets).Single().LatestValue);
    }

    [Fact]
    public async Task Wards_that_issued_before_the_target_existed_are_counted_and_a_share_uses_the_number_of_wards()
    {
        var province = await IssueAsync(ProvincePlan());
        await IssueAsync(WardPlan(TestUser.TamPhuoc, ProvincePlanNumber));
        await IssueAsync(WardPlan(TestUser.BinhPhuoc, ProvincePlanNumber));
        // A ward of another province citing a plan of the same number is not this province's.
        await IssueAsync(WardPlan(TestUser.OtherProvinceWard, ProvincePlanNumber) with { ProvinceCode = TestUser.OtherProvinceCode });

        var target = await RegisterComputedAsync(province.PlanId, "%", outOf: 95);

        Assert.Equal(Math.Round(2 * 100m / 95, 2), await ValueOfAsync(target));
    }

    [Fact]
    public async Task A_ward_plan_is_not_a_province_plan_for_the_feed()
    {
        // A ward's own plan numbered like the province's: wards citing the number feed only the province's target.
        var wardPlan = await IssueAsync(Plan(TestUser.TamPhuoc) with { Number = ProvincePlanNumber });
        var response = await Api.PostAsJsonAsync($"/plans/{wardPlan.PlanId}/targets", new
        {
            text = "Số kế hoạch", kind = "Count", value = 5, unit = "kế hoạch", source = "Computed:cascade-plans",
        }, Ct);
        var id = (await response.Content.ReadFromJsonAsync<TargetDto>(Ct))!.Id;
        await IssueAsync(WardPlan(TestUser.BinhPhuoc, ProvincePlanNumber));
        Assert.Equal(0m, await ValueOfAsync(id));
    }

    [Fact]
    public void Every_computed_source_other_services_may_name_has_a_feed_here()
    {
        using var scope = Targets.Services.CreateScope();
        var feeds = scope.ServiceProvider.GetRequiredService<TargetFeeds>();
        Assert.NotEmpty(ComputedTargetSources.All);
        Assert.All(ComputedTargetSources.All, s => Assert.True(feeds.Knows(s.Source), $"no feed for {s.Source}"));
        Assert.All(ComputedTargetSources.All, s => Assert.NotNull(feeds.Find(ComputedTargetSources.FeedNameOf(s.Source)!)));
        Assert.True(feeds.Knows(ComputedTargetSources.Manual));
    }

    private static PlannedTarget CascadeShare(string? source) =>
        new(Guid.NewGuid(), "100% xã, phường ban hành kế hoạch triển khai", "ShareToReach", 100, "%", OutOf: 95, Source: source);

    private Task<Target> StoredAsync(Guid id) => Targets.QueryAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == id));

    [Fact]
    public async Task A_province_plans_target_issued_with_the_cascade_source_is_computed_seeded_and_fed_by_wards_plans()
    {
        await IssueAsync(WardPlan(TestUser.TamPhuoc, ProvincePlanNumber));     // issued before the province's plan arrived here
        var planned = CascadeShare(ComputedTargetSources.CascadePlans);
        await IssueAsync(ProvincePlan() with { Targets = [planned, Count()] });

        var target = await StoredAsync(planned.TargetId);
        Assert.Equal((ComputedTargetSources.CascadePlans, CascadePlansFeed.FeedName), (target.Source, target.FeedName));
        Assert.Equal(Math.Round(100m / 95, 2), target.LatestValue);
        var manual = await Targets.QueryAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.PlanId == target.PlanId && t.Id != target.Id));
        Assert.Equal(Target.ManualSource, manual.Source);

        await IssueAsync(WardPlan(TestUser.BinhPhuoc, ProvincePlanNumber));
        await Eventually.HoldsAsync(() => ValueOfAsync(planned.TargetId), v => v == Math.Round(200m / 95, 2),
            TimeSpan.FromSeconds(30), "the second ward's plan counted", Ct);
        var reports = await Targets.QueryAsync(db => db.ProgressReports.Where(r => r.TargetId == planned.TargetId).OrderBy(r => r.RecordedAt).ToListAsync());
        Assert.Equal([Math.Round(100m / 95, 2), Math.Round(200m / 95, 2)], reports.Select(r => r.Value));
        Assert.Equal(0, await Targets.QueryAsync(db => db.ProgressReports.CountAsync(r => r.TargetId == manual.Id)));
    }

    [Theory]
    [InlineData("Computed:no-such-feed")]
    [InlineData("Tự động")]
    public async Task A_target_naming_a_source_this_service_has_no_feed_for_is_registered_as_manual(string source)
    {
        await IssueAsync(WardPlan(TestUser.TamPhuoc, ProvincePlanNumber));
        var planned = CascadeShare(source);
        await IssueAsync(ProvincePlan() with { Targets = [planned] });

        var target = await StoredAsync(planned.TargetId);
        Assert.Equal((Target.ManualSource, null), (target.Source, target.FeedName));
        Assert.Equal((0, null), (target.ReportCount, target.LatestValue));
        Assert.Equal(1, await OutboxCountAsync<TargetRegistered>());
    }

    [Fact]
    public async Task A_plan_issued_by_an_older_plans_service_without_sources_registers_manual_targets()
    {
        var planned = CascadeShare(source: null);
        await IssueAsync(ProvincePlan() with { Targets = [planned] });
        Assert.Equal(Target.ManualSource, (await StoredAsync(planned.TargetId)).Source);
    }
}
