using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Rankings.Apis;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Live;
using WardPlatform.Rankings.Publishing;
using WardPlatform.Rankings.Scoring;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Explanation;

public static class ExplanationEndpoints
{
    /// <summary>A ward's provisional explanation: its own staff and the province only (another ward's answers 404).</summary>
    public static async Task<Results<Ok<WardExplanation>, NotFound>> LiveAsync(Guid id, string ward, RankingsDbContext db, TenantScope scope,
        KnownDefinitions definitions, LiveCache cache, CancellationToken ct)
    {
        if (await definitions.FindAsync(db, scope, id, ct) is not { } definition) return TypedResults.NotFound();
        if (!RankingAccess.SeesLiveOf(scope, definition, ward)) return TypedResults.NotFound();
        var live = await cache.GetAsync(definition, ct);
        var explanation = Explainer.Explain(definition.Method, live.Result, ward, live.PreviousResult, live.PreviousMethod, live.PreviousInputs);
        return explanation is null ? TypedResults.NotFound() : TypedResults.Ok(explanation);
    }

    public static async Task<Results<Ok<WardExplanation>, NotFound>> PublishedAsync(Guid id, string ward, RankingsDbContext db, TenantScope scope,
        CancellationToken ct)
    {
        if (await RankingAccess.Published(db, scope).FirstOrDefaultAsync(p => p.Id == id, ct) is not { } published) return TypedResults.NotFound();
        var definition = await db.Definitions.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == published.DefinitionId, ct);
        var previous = await RankingViews.PreviousAsync(db, definition, ct);
        return await ExplainAsync(definition, RankingJson.Result(published.ResultJson), ward, previous, db, ct);
    }

    private static async Task<Results<Ok<WardExplanation>, NotFound>> ExplainAsync(RankingDefinition definition, RankingResult result, string ward,
        PublishedRanking? previous, RankingsDbContext db, CancellationToken ct)
    {
        MethodSpec? previousMethod = null;
        if (previous is not null)
            previousMethod = (await db.Definitions.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == previous.DefinitionId, ct)).Method;
        var explanation = Explainer.Explain(definition.Method, result, ward,
            previous is null ? null : RankingJson.Result(previous.ResultJson), previousMethod,
            previous is null ? null : RankingJson.Inputs(previous.InputsJson));
        return explanation is null ? TypedResults.NotFound() : TypedResults.Ok(explanation);
    }
}
