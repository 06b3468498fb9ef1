using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

/// <summary>The status rule through the service: on each report, in the daily sweep, and when the plan closes.</summary>
public sealed class StatusTests(TestServers servers) : TargetsServiceTests(servers)
{
    [Fact]
    public async Task A_report_that_meets_the_threshold_turns_an_at_risk_target_achieved_and_announces_it()
    {
        var count = Count(10);
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        var registered = (await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{count.TargetId}", Ct))!.Target;
        Assert.Equal(("AtRisk", "Có nguy cơ"), (registered.Status, registered.StatusLabel)); // June, no report yet
        Assert.StartsWith("Chưa có báo cáo", registered.StatusReason);

        await Api.PostAsync($"/targets/{count.TargetId}/progress", ProgressForm("12", "2026-05-31"), Ct);

        var after = (await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{count.TargetId}", Ct))!.Target;
        Assert.Equal(("Achieved", "Đạt"), (after.Status, after.StatusLabel));
        Assert.Equal("Đã đạt 12 sáng kiến (chỉ tiêu 10 sáng kiến).", after.StatusReason);
        var changed = JsonDocument.Parse((await OutboxPayloadsAsync<TargetStatusChanged>()).Single()).RootElement;
        Assert.Equal(("AtRisk", "Achieved"), (changed.GetProperty("from").GetString(), changed.GetProperty("to").GetString()));
        Assert.Equal(after.StatusReason, changed.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_report_below_the_straight_line_leaves_the_target_at_risk_without_a_change_event()
    {
        var count = Count(10);
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        await Api.PostAsync($"/targets/{count.TargetId}/progress", ProgressForm("1", "2026-05-31"), Ct);
        var target = await Targets.QueryAsync(db => db.Targets.SingleAsync(t => t.Id == count.TargetId));
        Assert.Equal(TargetStatus.AtRisk, target.Status);
        Assert.StartsWith("Mới đạt 1 sáng kiến, dưới 80% mức dự kiến", target.StatusReason);
        Assert.Equal(0, await OutboxCountAsync<TargetStatusChanged>());

        await Api.PostAsync($"/targets/{count.TargetId}/progress", ProgressForm("4", "2026-06-01"), Ct);
        Assert.Equal(TargetStatus.OnTrack, (await Targets.QueryAsync(db => db.Targets.SingleAsync(t => t.Id == count.TargetId))).Status);
        Assert.Equal(1, await OutboxCountAsync<TargetStatusChanged>());
    }

    [Fact]
    public async Task The_daily_sweep_marks_a_target_missed_once_its_period_is_over()
    {
        var count = Count(10);
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        await Api.PostAsync($"/targets/{count.TargetId}/progress", ProgressForm("5", "2026-06-01"), Ct);
        Assert.Equal(TargetStatus.OnTrack, (await Targets.QueryAsync(db => db.Targets.SingleAsync(t => t.Id == count.TargetId))).Status);

        Clock.Set(new DateTimeOffset(2027, 1, 1, 1, 0, 0, TimeSpan.Zero)); // 08:00 on 1 January in Vietnam
        await using (var scope = Targets.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<StatusSweeper>().SweepAsync(Ct));

        var target = await Targets.QueryAsync(db => db.Targets.SingleAsync(t => t.Id == count.TargetId));
        Assert.Equal(TargetStatus.Missed, target.Status);
        Assert.Equal("Hết hạn 31/12/2026: mới đạt 5 sáng kiến, chưa đạt 10 sáng kiến.", target.StatusReason);
        var last = JsonDocument.Parse((await OutboxPayloadsAsync<TargetStatusChanged>()).Last()).RootElement;
        Assert.Equal(("OnTrack", "Missed"), (last.GetProperty("from").GetString(), last.GetProperty("to").GetString()));
        var changes = await OutboxCountAsync<TargetStatusChanged>();
        // A second sweep the same day changes nothing.
        await using (var scope = Targets.Services.CreateAsyncScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<StatusSweeper>().SweepAsync(Ct));
        Assert.Equal(changes, await OutboxCountAsync<TargetStatusChanged>());
    }

    [Fact]
    public async Task Closing_the_plan_settles_its_targets_and_refuses_later_reports()
    {
        var achieved = Count(2);
        var missed = Count(10);
        var plan = await IssueAsync(Plan(TestUser.TamPhuoc, achieved, missed));
        await Api.PostAsync($"/targets/{achieved.TargetId}/progress", ProgressForm("2", "2026-05-31"), Ct);
        await Api.PostAsync($"/targets/{missed.TargetId}/progress", ProgressForm("6", "2026-05-31"), Ct);

        await Targets.Services.GetRequiredService<IBus>().Publish(
            new PlanClosed(plan.PlanId, plan.TenantCode, plan.ProvinceCode, Now), c => c.MessageId = NewId.NextGuid(), Ct);
        await Eventually.HoldsAsync(() => Targets.QueryAsync(db => db.Targets.AllAsync(t => t.Settled)), TimeSpan.FromSeconds(30), "targets settled", Ct);

        var statuses = await Targets.QueryAsync(db => db.Targets.ToDictionaryAsync(t => t.Id, t => t.Status));
        Assert.Equal(TargetStatus.Achieved, statuses[achieved.TargetId]);
        Assert.Equal(TargetStatus.Missed, statuses[missed.TargetId]);
        var late = await Api.PostAsync($"/targets/{missed.TargetId}/progress", ProgressForm("10", "2026-06-01"), Ct);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(2, await Targets.QueryAsync(db => db.ProgressReports.CountAsync()));
        // The sweep leaves settled targets alone.
        Clock.Set(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var scope = Targets.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<StatusSweeper>().SweepAsync(Ct));
    }

}
