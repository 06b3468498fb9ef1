using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Messaging;

/// <summary>
/// Two tests running side by side each start a targets service; both bind a queue named "targets-plan-issued".
/// On one virtual host they would share it, and one test's plans would land in the other's database.
/// </summary>
public sealed class TestBrokerIsolationTests(TestServers servers)
{
    [Fact]
    public async Task A_plan_published_by_one_test_host_reaches_only_that_host()
    {
        await using var mine = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb);
        await using var theirs = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb);
        await Task.WhenAll(mine.WaitReadyAsync(), theirs.WaitReadyAsync());
        Assert.NotEqual(mine.EventBusConnectionString, theirs.EventBusConnectionString);

        var plans = Enumerable.Range(1, 10).Select(i => new PlanIssued(Guid.NewGuid(), "26068", "75", $"{i}/KH-UBND",
            "Kế hoạch thi đua năm 2026", new DateOnly(2026, 1, 5), DateTimeOffset.UtcNow)).ToList();
        var bus = mine.Services.GetRequiredService<IBus>();
        foreach (var plan in plans) await bus.Publish(plan, TestContext.Current.CancellationToken);

        await Eventually.HoldsAsync(() => mine.QueryAsync(db => db.IssuedPlans.CountAsync()), n => n == plans.Count,
            TimeSpan.FromSeconds(30), "all ten plans recorded by the host that published them", TestContext.Current.CancellationToken);
        Assert.Equal(0, await theirs.QueryAsync(db => db.IssuedPlans.CountAsync()));
    }
}
