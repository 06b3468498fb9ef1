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
/// The provisional ranking, from the live cache (scored again from the read model after each change, within a
/// second of the event). Ward staff get their own row only (of their own neighbourhood ranking, every row).
/// </summary>
public static class LiveEndpoints
{
    public static async Task<Results<Ok<RankingView>, NotFound>> LiveAsync(Guid id, RankingsDbContext db, TenantScope scope,
        KnownDefinitions definitions, LiveCache cache, CancellationToken ct)
    {
        if (await definitions.FindAsync(db, scope, id, ct) is not { } definition) return TypedResults.NotFound();
        var live = await cache.GetAsync(definition, ct);
        var rows = RankingViews.Rows(live.Result, live.PreviousResult, null).Where(r => RankingAccess.SeesLiveOf(scope, definition, r.Ward)).ToList();
        return TypedResults.Ok(new RankingView(DefinitionSummary.Of(definition), true, null, null, null, live.Previous?.Id, rows));
    }

    /// <summary>Rank bands under weights varied ±20% (1,000 runs, fixed seed), for province staff.</summary>
    public static async Task<Results<Ok<IReadOnlyList<RankBand>>, NotFound, ProblemHttpResult>> SimulationAsync(Guid id, RankingsDbContext db,
        TenantScope scope, InputCollector collector, CancellationToken ct)
    {
        if (await RankingAccess.Definitions(db, scope).FirstOrDefaultAsync(d => d.Id == id, ct) is not { } definition) return TypedResults.NotFound();
        if (scope.Kind == ScopeKind.Ward && definition.Level == RankingLevels.Wards) return RankingAccess.ProvinceOnly();
        var inputs = await collector.CollectAsync(definition, ct);
        var result = Scorer.Score(definition.Method, inputs);
        return TypedResults.Ok(Simulation.Run(definition.Method, inputs, result));
    }
}
