using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Rankings.Apis;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Publishing;
using WardPlatform.Rankings.Scoring;
using WardPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace WardPlatform.Rankings.Live;

/// <summary>
/// The provisional ranking, scored from the read model on every read, so it reflects an event as soon as its
/// consumer commits. Ward staff get their own row only.
/// </summary>
public static class LiveEndpoints
{
    public static async Task<Results<Ok<RankingView>, NotFound>> LiveAsync(Guid id, RankingsDbContext db, TenantScope scope,
        InputCollector collector, LiveCache cache, CancellationToken ct)
    {
        if (await RankingAccess.Definitions(db, scope).FirstOrDefaultAsync(d => d.Id == id, ct) is not { } definition) return TypedResults.NotFound();
        var (result, previous) = await cache.GetAsync(definition, () => ScoreAsync(definition, db, collector, ct), ct);
        var rows = RankingViews.Rows(result, previous is null ? null : RankingJson.Result(previous.ResultJson), null)
            .Where(r => RankingAccess.SeesLiveOf(scope, r.Ward)).ToList();
        return TypedResults.Ok(new RankingView(DefinitionSummary.Of(definition), true, null, null, null, previous?.Id, rows));
    }

    /// <summary>Rank bands under weights varied ±20% (1,000 runs, fixed seed), for province staff.</summary>
    public static async Task<Results<Ok<IReadOnlyList<RankBand>>, NotFound, ProblemHttpResult>> SimulationAsync(Guid id, RankingsDbContext db,
        TenantScope scope, InputCollector collector, CancellationToken ct)
    {
        if (await RankingAccess.Definitions(db, scope).FirstOrDefaultAsync(d => d.Id == id, ct) is not { } definition) return TypedResults.NotFound();
        if (scope.Kind == ScopeKind.Ward) return RankingAccess.ProvinceOnly();
        var inputs = await collector.CollectAsync(definition, ct);
        var result = Scorer.Score(definition.Method, inputs);
        return TypedResults.Ok(Simulation.Run(definition.Method, inputs, result));
    }

    public static async Task<(RankingResult Result, PublishedRanking? Previous)> ScoreAsync(RankingDefinition definition, RankingsDbContext db,
        InputCollector collector, CancellationToken ct)
    {
        var inputs = await collector.CollectAsync(definition, ct);
        return (Scorer.Score(definition.Method, inputs), await RankingViews.PreviousAsync(db, definition, ct));
    }
}
