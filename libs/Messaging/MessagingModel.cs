using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging.Inbox;
using WardPlatform.Messaging.Outbox;

namespace WardPlatform.Messaging;

public static class MessagingModel
{
    public const string OutboxTable = "outbox_messages";
    public const string InboxTable = "inbox_messages";

    /// <summary>Adds the outbox and inbox tables to a service's model (call from OnModelCreating).</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            outbox.HasIndex(m => m.Id).IsUnique();
            outbox.Property(m => m.Type).HasMaxLength(500);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.HasIndex(m => m.Sequence).HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
            outbox.Ignore(m => m.MessageType);
        });
        model.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(InboxTable);
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
        return model;
    }

    /// <summary>Stores an integration event to be published once the current SaveChanges commits.</summary>
    public static void PublishOnCommit<T>(this DbContext db, T message) where T : class =>
        db.Set<OutboxMessage>().Add(OutboxMessage.Create(message));
}
