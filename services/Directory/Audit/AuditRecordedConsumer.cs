using WardPlatform.Contracts.Events;
using WardPlatform.Directory.Data;
using WardPlatform.Messaging.Inbox;

namespace WardPlatform.Directory.Audit;

/// <summary>Keeps every service's audit events in the directory's audit log, each once.</summary>
public sealed class AuditRecordedConsumer(DirectoryDbContext db, TimeProvider clock) : InboxConsumer<AuditRecorded, DirectoryDbContext>(db)
{
    protected override async Task HandleAsync(AuditRecorded message, CancellationToken ct)
    {
        // The inbox drops redeliveries; the same event re-sent under another message id is kept once too.
        if (await Db.AuditEntries.FindAsync([message.AuditId], ct) is not null) return;
        Db.AuditEntries.Add(AuditEntry.From(message, clock.GetUtcNow()));
    }
}
