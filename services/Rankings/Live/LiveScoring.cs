using Microsoft.EntityFrameworkCore;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Publishing;
using WardPlatform.Rankings.Scoring;

namespace WardPlatform.Rankings.Live;

/// <summary>Scores a definition's live ranking from the read model, with what its pages compare it to.</summary>
public static class LiveScoring
{
    public static async Task<LiveRanking> ScoreAsync(RankingDefinition definition, RankingsDbContext db, InputCollector collector,
        CancellationToken ct)
    {
        var inputs = await collector.CollectAsync(definition, ct);
        var result = Scorer.Score(definition.Method, inputs);
        var previous = await RankingViews.PreviousAsync(db, definition, ct);
        if (previous is null) return new LiveRanking(result, null, null, null, null);
        var previousMethod = (await db.Definitions.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == previous.DefinitionId, ct)).Method;
        return new LiveRanking(result, previous, RankingJson.Result(previous.ResultJson), previousMethod, RankingJson.Inputs(previous.InputsJson));
    }
}
