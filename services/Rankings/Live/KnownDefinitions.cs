using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Rankings.Apis;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Live;

/// <summary>
/// Definitions by id, read from the database once: a version is never edited (a change is a new version), so the live
/// reads under a stream of facts make no query for it.
/// </summary>
public sealed class KnownDefinitions
{
    private readonly ConcurrentDictionary<Guid, RankingDefinition> _byId = new();

    /// <summary>The definition if the caller may read it (its province's), else null.</summary>
    public async Task<RankingDefinition?> FindAsync(RankingsDbContext db, TenantScope scope, Guid id, CancellationToken ct)
    {
        if (!_byId.TryGetValue(id, out var definition))
        {
            definition = await db.Definitions.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
            if (definition is null) return null;
            _byId[id] = definition;
        }
        return RankingAccess.Reads(scope, definition) ? definition : null;
    }
}
