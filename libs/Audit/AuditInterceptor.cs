using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WardPlatform.Contracts.Events;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Tenancy;

namespace WardPlatform.Audit;

/// <summary>
/// Adds an <see cref="AuditRecorded"/> to the outbox for every tenant-owned record a SaveChanges adds, changes or
/// deletes, so the audit event commits (or rolls back) with the change itself. A save that fails takes its audit
/// events back out of the change tracker, so a retried save does not audit twice.
/// </summary>
public sealed class AuditInterceptor(AuditSettings settings, IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> Pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not null) Pending.Remove(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(SavedChanges(eventData, result));

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => TakeBack(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TakeBack(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => TakeBack(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        TakeBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void Record(DbContext? context)
    {
        if (context is null) return;
        var changes = context.ChangeTracker.Entries<ITenantOwned>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not IExcludedFromAudit)
            .ToList();
        if (changes.Count == 0) return;
        // The write guard refuses such a save and nothing is stored: it must never be audited as succeeded,
        // whichever interceptor runs first.
        if (context is ITenantScopedContext { Scope: var scope } && !changes.All(e => MayWrite(scope, e))) return;

        var actor = AuditActor.Of(http.HttpContext);
        var now = clock.GetUtcNow();
        var pending = Pending.GetOrCreateValue(context);
        foreach (var entry in changes)
        {
            var message = OutboxMessage.Create(EventFor(entry, actor, now));
            context.Set<OutboxMessage>().Add(message);
            pending.Add(message);
        }
    }

    private AuditRecorded EventFor(EntityEntry<ITenantOwned> entry, AuditActor actor, DateTimeOffset now) => new(
        AuditId: Guid.NewGuid(),
        At: now,
        Service: settings.ServiceName,
        TenantCode: entry.Entity.TenantCode,
        ProvinceCode: entry.Entity.ProvinceCode,
        ActorId: actor.Id,
        ActorName: actor.Name,
        ActorRole: actor.Role,
        Action: entry.State switch
        {
            EntityState.Added => AuditActions.Created,
            EntityState.Deleted => AuditActions.Deleted,
            _ => AuditActions.Updated,
        },
        Subject: entry.Metadata.ClrType.Name,
        SubjectId: KeyOf(entry),
        Outcome: AuditOutcomes.Succeeded,
        // Which fields changed, never their values: the log must not become a copy of personal data.
        Detail: entry.State == EntityState.Modified
            ? AuditLimits.CutOrNull(string.Join(", ", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name)), AuditLimits.Detail)
            : null);

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return null;
        var parts = key.Properties.Select(p => entry.Property(p.Name)).ToList();
        if (parts.Any(p => p.IsTemporary)) return null;
        return AuditLimits.Cut(string.Join(",", parts.Select(p => Convert.ToString(p.CurrentValue, CultureInfo.InvariantCulture))), AuditLimits.SubjectId);
    }

    private static bool MayWrite(TenantScope scope, EntityEntry<ITenantOwned> entry) =>
        scope.CanWrite(entry.Entity) && (entry.State == EntityState.Added || scope.CanWrite(new Owner(
            (string)entry.OriginalValues[nameof(ITenantOwned.TenantCode)]!, (string)entry.OriginalValues[nameof(ITenantOwned.ProvinceCode)]!)));

    private static void TakeBack(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var pending)) return;
        foreach (var message in pending) context.Entry(message).State = EntityState.Detached;
        Pending.Remove(context);
    }

    private sealed record Owner(string TenantCode, string ProvinceCode) : ITenantOwned;
}
