using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Feeds;
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
}
