using Microsoft.EntityFrameworkCore;
using WardPlatform.Targets.Tracking;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

/// <summary>The background sweep itself (here every second instead of daily) on the service's injected clock.</summary>
public sealed class DailySweepTests(TestServers servers) : TargetsServiceTests(servers)
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string> { ["Targets:SweepInterval"] = "00:00:01" };

    [Fact]
    public async Task The_background_sweep_notices_a_stage_falling_due_without_any_new_report()
    {
        var staged = new WardPlatform.Contracts.Events.PlannedTarget(Guid.NewGuid(), "Giải ngân", "Staged", 100, "%",
            Stages: [new(95, new DateOnly(2026, 6, 30)), new(100, new DateOnly(2026, 12, 31))]);
        await IssueAsync(Plan(TestUser.TamPhuoc, staged));
        await Api.PostAsync($"/targets/{staged.TargetId}/progress", ProgressForm("80", "2026-06-01"), Ct);
        Assert.Equal(TargetStatus.OnTrack, (await Targets.QueryAsync(db => db.Targets.SingleAsync(t => t.Id == staged.TargetId))).Status);

        Clock.Set(new DateTimeOffset(2026, 7, 1, 3, 0, 0, TimeSpan.Zero));

        var target = await Eventually.HoldsAsync(() => Targets.QueryAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == staged.TargetId))!,
            t => t?.Status == TargetStatus.Missed, TimeSpan.FromSeconds(20), "the sweep marks the stage missed", Ct);
        Assert.Equal("Mốc 30/06/2026: mới đạt 80%, chưa đạt 95%.", target.StatusReason);
    }
}
