using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Messaging;
using WardPlatform.Targets.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Messaging;

public sealed class ErrorQueueTests(TestServers servers)
{
    private const string Queue = "targets-plan-issued";

    [Fact]
    public async Task A_message_that_keeps_failing_lands_in_the_error_queue_and_replay_delivers_it_again()
    {
        await using var targets = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb);
        await targets.WaitReadyAsync();
        var bus = targets.Services.GetRequiredService<IBus>();
        var deliveries = new ConsumedCounter();
        using var _ = bus.ConnectConsumeObserver(deliveries);

        // A title longer than the column allows: the insert fails on every attempt.
        var poison = new PlanIssued(Guid.NewGuid(), "26734", "75", "9/KH", new string('x', 600), new DateOnly(2025, 1, 2), DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();
        await bus.Publish(poison, c => c.MessageId = messageId, TestContext.Current.CancellationToken);

        await Eventually.HoldsAsync(async () => await ErrorQueueDepthAsync(targets.EventBusConnectionString) == 1, TimeSpan.FromSeconds(60),
            "the message moved to the error queue after its retries", TestContext.Current.CancellationToken);
        Assert.Equal(1, deliveries.FaultsOf(messageId));
        Assert.Equal(0, await targets.QueryAsync(db => Task.FromResult(db.IssuedPlans.Count(p => p.PlanId == poison.PlanId))));

        var replayed = await ErrorQueueReplayer.ReplayAsync(targets.EventBusConnectionString, Queue, ct: TestContext.Current.CancellationToken);

        Assert.Equal(1, replayed);
        await Eventually.HoldsAsync(() => Task.FromResult(deliveries.FaultsOf(messageId) == 2), TimeSpan.FromSeconds(60),
            "the replayed message consumed again", TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(async () => await ErrorQueueDepthAsync(targets.EventBusConnectionString) == 1, TimeSpan.FromSeconds(30),
            "still failing, it is parked again rather than lost", TestContext.Current.CancellationToken);
    }

    private static async Task<uint> ErrorQueueDepthAsync(string eventBus)
    {
        var connection = EventBusConnection.Parse(eventBus);
        var factory = new ConnectionFactory
        {
            HostName = connection.Host, Port = connection.Port, VirtualHost = connection.VirtualHost,
            UserName = connection.Username, Password = connection.Password,
        };
        await using var amqp = await factory.CreateConnectionAsync(TestContext.Current.CancellationToken);
        await using var channel = await amqp.CreateChannelAsync(cancellationToken: TestContext.Current.CancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(Queue + "_error", TestContext.Current.CancellationToken)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not created yet: nothing has faulted
        }
    }
}
