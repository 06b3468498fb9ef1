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

/// <summary>What a live read serves: the scored ranking and the previous period's official one it is compared with.</summary>
public sealed record LiveRanking(RankingResult Result, PublishedRanking? Previous, RankingResult? PreviousResult, MethodSpec? PreviousMethod,
    IReadOnlyList<WardInput>? PreviousInputs);

/// <summary>
/// The live ranking of each definition, scored in the background and served from memory, so a read never waits for
/// the database while facts stream in. After a committed change the next read starts one scoring (at most every
/// <see cref="Coalesce"/>, one at a time per definition) and is answered with the ranking as it was; the reads after
/// the scoring see the change. An entry older than <see cref="MaxAge"/> is served only while a scoring runs; otherwise
/// the read starts one and waits for it (the first read of a definition, a read after a quiet spell, another
/// instance's consumers), so a read after a quiet second sees everything committed before it.
/// </summary>
public sealed class LiveCache(ReadModelGeneration generation, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private sealed record Entry(long Generation, long At, LiveRanking Ranking);

    private sealed class Slot
    {
        public readonly Lock Gate = new();
        public Entry? Entry;
        public Task<Entry>? Scoring;
    }

    private readonly ConcurrentDictionary<Guid, Slot> _slots = new();

    public async Task<LiveRanking> GetAsync(RankingDefinition definition, CancellationToken ct)
    {
        var slot = _slots.GetOrAdd(definition.Id, _ => new Slot());
        Task<Entry> scoring;
        lock (slot.Gate)
        {
            var entry = slot.Entry;
            if (entry is not null && entry.Generation == generation.Value && Age(entry) < MaxAge) return entry.Ranking;
            var running = slot.Scoring is not null;
            scoring = slot.Scoring ??= StartScoring(definition, slot);
            // Stale but recent, or already being scored again: answered at once; the scoring brings the change.
            if (entry is not null && (Age(entry) < MaxAge || running)) return entry.Ranking;
        }
        return (await scoring.WaitAsync(ct)).Ranking;
    }

    /// <summary>Runs apart from the read that started it: not its request's user, trace or cancellation.</summary>
    private Task<Entry> StartScoring(RankingDefinition definition, Slot slot)
    {
        using (ExecutionContext.SuppressFlow()) return Task.Run(() => ScoreAsync(definition, slot));
    }

    private async Task<Entry> ScoreAsync(RankingDefinition definition, Slot slot)
    {
        try
        {
            // Not sooner than Coalesce after the last scoring: under a stream of facts one scoring serves many of them.
            if (slot.Entry is { } last && Age(last) < Coalesce) await Task.Delay(Coalesce - Age(last));
            // The generation is read before the read model: a change committed meanwhile leaves this entry stale.
            var seen = generation.Value;
            var at = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Data.RankingsDbContext>();
            var ranking = await LiveScoring.ScoreAsync(definition, db, scope.ServiceProvider.GetRequiredService<InputCollector>(), CancellationToken.None);
            var entry = new Entry(seen, at, ranking);
            lock (slot.Gate) slot.Entry = entry;
            return entry;
        }
        finally
        {
            lock (slot.Gate) slot.Scoring = null;
        }
    }

    private static TimeSpan Age(Entry entry) => Stopwatch.GetElapsedTime(entry.At);
}
