using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Publishing;
using WardPlatform.Rankings.Scoring;

namespace WardPlatform.Rankings.Live;

/// <summary>A counter of committed changes to this instance's database (consumers, entries, definitions, publications).</summary>
public sealed class ReadModelGeneration
{
    private long _value;
    public long Value => Volatile.Read(ref _value);
    public void Bump() => Interlocked.Increment(ref _value);
}

/// <summary>Bumps the generation once a change is committed: after SaveChanges, and after an explicit transaction (an inbox consumer's).</summary>
public sealed class ReadModelSaveInterceptor(ReadModelGeneration generation) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        generation.Bump();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        generation.Bump();
        return ValueTask.FromResult(result);
    }
}

public sealed class ReadModelCommitInterceptor(ReadModelGeneration generation) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => generation.Bump();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        generation.Bump();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The live ranking of each definition, scored once and shared by the reads that follow until the read model changes.
/// Under a stream of facts (hundreds a second) it is scored again at most every <see cref="Coalesce"/>, one scoring at
/// a time per definition, so reads stay cheap and a fact shows within that window after its consumer commits. Entries
/// older than <see cref="MaxAge"/> are scored again whatever happened (another instance's consumers).
/// </summary>
public sealed class LiveCache(ReadModelGeneration generation)
{
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private sealed record Entry(long Generation, long At, RankingResult Result, PublishedRanking? Previous);

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    public async Task<(RankingResult Result, PublishedRanking? Previous)> GetAsync(RankingDefinition definition,
        Func<Task<(RankingResult Result, PublishedRanking? Previous)>> score, CancellationToken ct)
    {
        if (Fresh(definition.Id) is { } hit) return (hit.Result, hit.Previous);
        var gate = _gates.GetOrAdd(definition.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (Fresh(definition.Id) is { } shared) return (shared.Result, shared.Previous);
            // The generation is read before the read model: a change committed meanwhile leaves this entry stale.
            var seen = generation.Value;
            var at = Stopwatch.GetTimestamp();
            var (result, previous) = await score();
            _entries[definition.Id] = new Entry(seen, at, result, previous);
            return (result, previous);
        }
        finally
        {
            gate.Release();
        }
    }

    private Entry? Fresh(Guid id)
    {
        if (!_entries.TryGetValue(id, out var entry)) return null;
        var age = Stopwatch.GetElapsedTime(entry.At);
        return age < MaxAge && (entry.Generation == generation.Value || age < Coalesce) ? entry : null;
    }
}
