using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Scoring;

namespace WardPlatform.Rankings.Explanation;

/// <summary>Where a value came from: the target (with its progress report), the report figures, a decision, an entry.</summary>
public sealed record SourceLink(string Kind, string Id);

public sealed record CriterionLine(string Code, string Area, string? Group, string Name, string Source, InputState State, decimal? Value,
    decimal MaxPoints, decimal Points, decimal? LeaderPoints, decimal? AbovePoints, string? Record, IReadOnlyList<SourceLink> Sources);

/// <summary>
/// Why a ward has its rank: points per criterion beside the leader's and the ward just above, the gap to the next
/// rank and to the next band, and the change against the previous period's official ranking (score and rank apart;
/// where the method changed, also last period recomputed under today's method).
/// </summary>
public sealed record WardExplanation(string Ward, WardScore Score, string? Leader, string? Above, decimal? GapToNextRank,
    string? NextBand, decimal? GapToNextBand, decimal? ScoreChange, int? RankChange, bool MethodChanged,
    decimal? PreviousScoreUnderTodaysMethod, int? PreviousRankUnderTodaysMethod, IReadOnlyList<CriterionLine> Criteria);

public static class Explainer
{
    public static WardExplanation? Explain(MethodSpec method, RankingResult result, string ward,
        RankingResult? previous, MethodSpec? previousMethod, IReadOnlyList<WardInput>? previousInputs)
    {
        if (result.Wards.FirstOrDefault(w => w.Ward == ward) is not { } score) return null;
        var ranked = result.Wards.Where(w => w.Ranked).ToList();
        var leader = ranked.FirstOrDefault();
        var above = score.Rank is { } rank ? ranked.LastOrDefault(w => w.Rank < rank) : null;
        var nextBand = method.Bands.Where(b => b.MinPercent > score.Percent).OrderBy(b => b.MinPercent).FirstOrDefault();

        var lines = method.Criteria.Select(c =>
        {
            var mine = score.Criteria.First(x => x.Code == c.Code);
            return new CriterionLine(c.Code, c.Area, c.Group, c.Name, c.Source, mine.State, mine.Value, mine.MaxPoints, mine.Points,
                leader?.Criteria.First(x => x.Code == c.Code).Points, above?.Criteria.First(x => x.Code == c.Code).Points,
                mine.Record, SourcesOf(mine.Record));
        }).ToList();

        var old = previous?.Wards.FirstOrDefault(w => w.Ward == ward);
        var methodChanged = previousMethod is not null && !SameMethod(previousMethod, method);
        WardScore? recomputed = null;
        if (methodChanged && previousInputs is not null)
            recomputed = Scorer.Score(method, previousInputs).Wards.FirstOrDefault(w => w.Ward == ward);

        return new WardExplanation(ward, score, leader?.Ward, above?.Ward,
            above is null ? null : above.Score - score.Score,
            nextBand?.Label, nextBand is null || !score.Ranked ? null : Scorer.Round(nextBand.MinPercent * method.TotalPoints / 100 - score.Score, method),
            old is null ? null : score.Score - old.Score,
            old?.Rank is { } r && score.Rank is { } n ? r - n : null,
            methodChanged, recomputed?.Score, recomputed?.Rank, lines);
    }

    private static bool SameMethod(MethodSpec a, MethodSpec b) =>
        Publishing.RankingJson.Of(a) == Publishing.RankingJson.Of(b);

    /// <summary>"target:{id};progress:{id}", "plan:{id}", "decisions:12/QĐ-UBND,…": the records as links the pages follow.</summary>
    public static IReadOnlyList<SourceLink> SourcesOf(string? record) =>
        (record ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part => part.Split(':', 2))
            .Where(p => p.Length == 2 && p[0] is "target" or "progress" or "plan" or "decisions" or "reports" or "incidents" or "relapses" or "targets")
            .SelectMany(p => p[0] == "decisions"
                ? p[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => new SourceLink("decision", d))
                : [new SourceLink(p[0], p[1])])
            .ToList();
}
