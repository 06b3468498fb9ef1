using System.Net.Http.Json;
using WardPlatform.Targets.Board;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

/// <summary>GET /targets/work: the home page's targets by status and those needing a report this month.</summary>
public sealed class WorkToDoTests(TestServers servers) : TargetsServiceTests(servers)
{
    [Fact]
    public async Task A_target_with_no_report_this_month_is_listed_until_one_is_filed_and_another_ward_sees_none_of_it()
    {
        var reported = Count(10);
        var silent = Share(95);
        await IssueAsync(Plan(TestUser.TamPhuoc, reported, silent));
        await Api.PostAsync($"/targets/{reported.TargetId}/progress", ProgressForm("5", "2026-05-20"), Ct);

        // Today is 01/06/2026: May's report does not count for June.
        var work = (await Api.GetFromJsonAsync<WorkToDoDto>("/targets/work", Ct))!;
        Assert.Equal((2, 2), (work.Targets, work.AttentionCount));
        Assert.Equal("Chưa có báo cáo nào", Assert.Single(work.Attention, t => t.Id == silent.TargetId).Why);
        Assert.Equal("Chưa báo cáo tháng này (lần cuối 20/05/2026)", Assert.Single(work.Attention, t => t.Id == reported.TargetId).Why);

        await Api.PostAsync($"/targets/{reported.TargetId}/progress", ProgressForm("6", "2026-06-01"), Ct);
        work = (await Api.GetFromJsonAsync<WorkToDoDto>("/targets/work", Ct))!;
        Assert.Equal(silent.TargetId, Assert.Single(work.Attention).Id);
        Assert.Equal(2, work.ByStatus.Values.Sum());

        var neighbour = (await Targets.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc)).GetFromJsonAsync<WorkToDoDto>("/targets/work", Ct))!;
        Assert.Equal((0, 0), (neighbour.Targets, neighbour.AttentionCount));
    }
}
