using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace WardPlatform.Messaging;

/// <summary>
/// How many messages wait in each of this service's own queues (the ones its consumers read), looked up every
/// <see cref="Interval"/> with a passive declare and shown in the dashboard as the gauge "ward.eventbus.queue.messages"
/// (tag <c>queue</c>), beside the bound of <see cref="QueueBounds"/> ("ward.eventbus.queue.limit").
/// </summary>
public sealed class QueueDepth
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, long> _messages = new();

    public QueueDepth(IMeterFactory meters)
    {
        var meter = meters.Create(Outbox.OutboxBacklog.MeterName);
        meter.CreateObservableGauge("ward.eventbus.queue.messages",
            () => _messages.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("queue", q.Key))),
            description: "Messages waiting in this service's queue");
        meter.CreateObservableGauge("ward.eventbus.queue.limit", () => (long)QueueBounds.DefaultMaxLength,
            description: "Messages a queue holds before it refuses new ones (the broker's policy)");
    }

    /// <summary>The queues of this service's consumers, as MassTransit configures them.</summary>
    public ConcurrentDictionary<string, byte> Queues { get; } = new();

    public IReadOnlyDictionary<string, long> Messages => _messages;

    public void Counted(string queue, long messages) => _messages[queue] = messages;
}

/// <summary>Keeps <see cref="QueueDepth"/> current on a connection of its own (read-only: passive declares).</summary>
public sealed class QueueDepthPoller(QueueDepth depth, EventBusConnection connection, ILogger<QueueDepthPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory
        {
            HostName = connection.Host, Port = connection.Port, VirtualHost = connection.VirtualHost,
            UserName = connection.Username, Password = connection.Password, ClientProvidedName = "queue depth",
        };
        IConnection? amqp = null;
        using var timer = new PeriodicTimer(QueueDepth.Interval);
        try
        {
            do
            {
                try
                {
                    amqp ??= await factory.CreateConnectionAsync(stoppingToken);
                    foreach (var queue in depth.Queues.Keys)
                    {
                        // A channel per look-up: a queue not declared yet closes the channel it was asked on.
                        await using var channel = await amqp.CreateChannelAsync(cancellationToken: stoppingToken);
                        try
                        {
                            var declared = await channel.QueueDeclarePassiveAsync(queue, stoppingToken);
                            depth.Counted(queue, declared.MessageCount);
                        }
                        catch (OperationInterruptedException) { }
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The broker away: the health check says so; counted again once it is back.
                    logger.LogDebug("Queue depth not read: {Error}", e.Message);
                    if (amqp is not null) await amqp.DisposeAsync();
                    amqp = null;
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            if (amqp is not null) await amqp.DisposeAsync();
        }
    }
}
