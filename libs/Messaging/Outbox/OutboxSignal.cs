using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;

namespace WardPlatform.Messaging.Outbox;

/// <summary>Wakes the dispatcher when a transaction holding outbox messages has committed.</summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    // The trace each outbox message was written in (the request that issued a plan, say), so its publish and the
    // consumer's work join that trace. In memory only: a message re-sent after a crash starts a trace of its own.
    private readonly ConcurrentDictionary<Guid, ActivityContext> _traces = new();
    private const int MaxRememberedTraces = 10_000;

    public void RememberTrace(Guid messageId, ActivityContext context)
    {
        if (_traces.Count < MaxRememberedTraces) _traces[messageId] = context;
    }

    public ActivityContext? TakeTrace(Guid messageId) => _traces.TryRemove(messageId, out var context) ? context : null;

    /// <summary>Waits for a notification or for the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await _channel.Reader.ReadAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The sweep interval elapsed: time to look for leftovers.
        }
    }
}
