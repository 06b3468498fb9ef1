using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace WardPlatform.Messaging.Inbox;

/// <summary>
/// A consumer whose effect and the handled message id commit in one transaction, so a redelivery (a
/// broker retry, or the outbox re-sending after a crash) changes nothing. Subclasses change the
/// DbContext in <see cref="HandleAsync"/> and do not save: the base class does.
/// </summary>
public abstract class InboxConsumer<TMessage, TDb>(TDb db) : IConsumer<TMessage>
    where TMessage : class where TDb : DbContext
{
    protected TDb Db { get; } = db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; the inbox cannot deduplicate it.");
        var consumer = GetType().Name;

        await using var transaction = await Db.Database.BeginTransactionAsync(context.CancellationToken);
        var seen = await Db.Set<InboxMessage>()
            .AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken);
        if (seen) return;

        Db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = consumer, HandledAt = DateTimeOffset.UtcNow });
        await HandleAsync(context.Message, context.CancellationToken);
        // A concurrent duplicate fails here on the primary key; the retry then finds it seen.
        await Db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
    }

    protected abstract Task HandleAsync(TMessage message, CancellationToken ct);
}
