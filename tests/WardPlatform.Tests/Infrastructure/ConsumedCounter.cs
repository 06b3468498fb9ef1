using System.Collections.Concurrent;
using MassTransit;

namespace WardPlatform.Tests.Infrastructure;

/// <summary>Counts the deliveries each message id had, whatever the consumer did with them.</summary>
public sealed class ConsumedCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();
    private readonly ConcurrentDictionary<Guid, int> _faults = new();

    public int DeliveriesOf(Guid messageId) => _deliveries.GetValueOrDefault(messageId);
    /// <summary>How many times the message failed after its retries (one per trip to the error queue).</summary>
    public int FaultsOf(Guid messageId) => _faults.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id) _deliveries.AddOrUpdate(id, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        if (context.MessageId is { } id) _faults.AddOrUpdate(id, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
