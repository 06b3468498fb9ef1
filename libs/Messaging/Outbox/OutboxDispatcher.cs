using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WardPlatform.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox messages: right after a commit (woken by <see cref="OutboxSignal"/>) and on
/// every sweep, which picks up what a crash or a broker outage left behind. Rows are claimed with
/// FOR UPDATE SKIP LOCKED, so several instances of a service never publish the same row at once; a
/// row published but not marked (a crash in between) is published again, and the inboxes drop it.
/// </summary>
public sealed class OutboxDispatcher<TDb>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxBacklog backlog,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TDb>> logger) : BackgroundService where TDb : DbContext
{
    private static readonly ActivitySource Activity = new("WardPlatform.Messaging");
    private OutboxOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var lastCount = 0L;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == Options.BatchSize) { }
                // Counted at most once a second: the dispatcher wakes on every commit.
                if (Stopwatch.GetElapsedTime(lastCount) >= TimeSpan.FromSeconds(1))
                {
                    backlog.Counted(await CountPendingAsync(stoppingToken));
                    lastCount = Stopwatch.GetTimestamp();
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Outbox dispatch failed; the sweeper will try again");
            }
            await signal.WaitAsync(Options.SweepInterval, stoppingToken);
        }
    }

    private async Task<long> CountPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TDb>().Set<OutboxMessage>().LongCountAsync(m => m.DispatchedAt == null, ct);
    }

    /// <summary>Publishes one batch of pending messages; returns how many were published.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var batch = await db.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE dispatched_at IS NULL ORDER BY sequence LIMIT {Options.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct);
        if (batch.Count == 0) return 0;

        using var activity = Activity.StartActivity("outbox dispatch");
        // The batch is published at once, each awaiting its own confirm (awaited one after another, the confirms'
        // waits added up and a burst of reports left the outbox minutes behind). Marked dispatched: the messages before the first that
        // failed; that one and the ones after it stay pending, in order, and any of them the broker did take is
        // published again later, which the inboxes drop.
        var outcomes = await Task.WhenAll(batch.Select(message => PublishAsync(message, ct)));
        var published = 0;
        foreach (var (message, error) in batch.Zip(outcomes))
        {
            if (error is not null)
            {
                message.Attempts++;
                message.LastError = error.GetType().Name + ": " + error.Message;
                logger.LogWarning("Outbox message {MessageId} ({Type}) not published yet (attempt {Attempt}): {Error}",
                    message.Id, message.Type, message.Attempts, message.LastError);
                break; // keep order: later messages wait for this one
            }
            message.DispatchedAt = DateTimeOffset.UtcNow;
            published++;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (published > 0) logger.LogDebug("Outbox published {Count} message(s)", published);
        return published == batch.Count ? published : 0;
    }

    /// <summary>Publishes one message within the trace it was written in; the failure, or null once the broker confirmed it.</summary>
    private async Task<Exception?> PublishAsync(OutboxMessage message, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Options.PublishTimeout);
        // Publish within the trace the message was written in, so MassTransit carries it on to the consumer.
        using var publish = signal.TakeTrace(message.Id) is { } written
            ? Activity.StartActivity("outbox publish", ActivityKind.Producer, written)
            : null;
        try
        {
            await bus.Publish(message.Deserialize(), message.MessageType,
                Pipe.Execute<PublishContext>(context => context.MessageId = message.Id), timeout.Token);
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return e;
        }
    }
}
