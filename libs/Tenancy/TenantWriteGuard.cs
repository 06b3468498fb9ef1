using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WardPlatform.Tenancy;

/// <summary>Raised when a caller tries to change a record outside its scope; nothing is saved.</summary>
public sealed class TenantAccessDeniedException(string message) : Exception(message);

/// <summary>
/// Refuses, before anything reaches the database, every added, changed or deleted tenant-owned record
/// that the caller may not write (the filter hides other tenants' rows; this stops writing into them).
/// </summary>
public sealed class TenantWriteGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is not ITenantScopedContext { Scope: var scope }) return;
        foreach (var entry in context.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            // A change of owner is checked on both sides: a record may not be moved out of reach either.
            var original = entry.State == EntityState.Added ? null : new OwnerOf(
                (string)entry.OriginalValues[nameof(ITenantOwned.TenantCode)]!, (string)entry.OriginalValues[nameof(ITenantOwned.ProvinceCode)]!);
            if (!scope.CanWrite(entry.Entity) || (original is not null && !scope.CanWrite(original)))
                throw new TenantAccessDeniedException(
                    $"{scope.Kind} scope {scope.Tenant} may not write {entry.Metadata.ClrType.Name} of {entry.Entity.TenantCode}.");
        }
    }

    private sealed record OwnerOf(string TenantCode, string ProvinceCode) : ITenantOwned;
}
