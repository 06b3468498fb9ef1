using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Messaging.Inbox;
using WardPlatform.Targets.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Messaging;

public sealed class InboxTests(TestServers servers)
{
    [Fact]
    public async Task The_same_event_delivered_twice_is_recorded_once()
    {
        await using var targets = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb);
        await targets.WaitReadyAsync();
        var bus = targets.Services.GetRequiredService<IBus>();
        var deliveries = new ConsumedCounter();
        using var _ = bus.ConnectConsumeObserver(deliveries);

        var messageId = NewId.NextGuid();
        var issued = new PlanIssued(Guid.NewGuid(), "26734", "75", "12/KH-UBND", "Kế hoạch phát động phong trào thi đua",
            new DateOnly(2025, 1, 14), DateTimeOffset.UtcNow);
        // What a redelivery looks like: the outbox re-sending after a crash keeps the MessageId.
        await bus.Publish(issued, context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        await bus.Publish(issued, context => context.MessageId = messageId, TestContext.Current.CancellationToken);

        await Eventually.HoldsAsync(() => Task.FromResult(deliveries.DeliveriesOf(messageId) == 2),
            TimeSpan.FromSeconds(30), "both deliveries consumed", TestContext.Current.CancellationToken);
        var plan = await targets.QueryAsync(db => db.IssuedPlans.AsNoTracking().SingleAsync(p => p.PlanId == issued.PlanId));
        Assert.Equal(1, plan.TimesRecorded);
        Assert.Equal(1, await targets.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task Two_events_with_different_ids_are_both_applied()
    {
        await using var targets = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb);
        await targets.WaitReadyAsync();
        var bus = targets.Services.GetRequiredService<IBus>();
        var deliveries = new ConsumedCounter();
        using var _ = bus.ConnectConsumeObserver(deliveries);

        var issued = new PlanIssued(Guid.NewGuid(), "26734", "75", "13/KH-UBND", "Kế hoạch", new DateOnly(2025, 1, 14), DateTimeOffset.UtcNow);
        Guid first = NewId.NextGuid(), second = NewId.NextGuid();
        await bus.Publish(issued, context => context.MessageId = first, TestContext.Current.CancellationToken);
        await bus.Publish(issued, context => context.MessageId = second, TestContext.Current.CancellationToken);

        await Eventually.HoldsAsync(() => Task.FromResult(deliveries.DeliveriesOf(first) == 1 && deliveries.DeliveriesOf(second) == 1),
            TimeSpan.FromSeconds(30), "both messages consumed", TestContext.Current.CancellationToken);
        // Distinct messages are distinct effects: the inbox must not swallow them.
        var plan = await targets.QueryAsync(db => db.IssuedPlans.AsNoTracking().SingleAsync(p => p.PlanId == issued.PlanId));
        Assert.Equal(2, plan.TimesRecorded);
    }
}
