using Microsoft.EntityFrameworkCore;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Publishing;
using WardPlatform.Rankings.Scoring;

namespace WardPlatform.Rankings.Live;

/// <summary><see cref="Ward"/>: the ward whose neighbourhoods are ranked (rows are then neighbourhood ids), null for a wards ranking.</summary>
public sealed record DefinitionSummary(Guid Id, Guid SeriesId, int Version, string Name, DateOnly PeriodStart, DateOnly PeriodEnd,
    string? Cluster, decimal TotalPoints, IReadOnlyList<CriterionSpec> Criteria, IReadOnlyList<BandSpec> Bands, string Level, string? Ward)
{
    public static DefinitionSummary Of(RankingDefinition d) =>
        new(d.Id, d.SeriesId, d.Version, d.Name, d.PeriodStart, d.PeriodEnd, d.Cluster, d.Method.TotalPoints, d.Method.Criteria, d.Method.Bands,
            d.Level, d.Level == RankingLevels.Neighbourhoods ? d.TenantCode : null);
}

/// <summary>
/// A row of the ranking page. Changes are against the previous period's official ranking: score change and rank change
/// apart (a positive rank change is a climb), null where the ward was not ranked then.
/// </summary>
public sealed record RankingRow(string Ward, decimal Score, decimal Percent, decimal CoveragePercent, bool Ranked, int? Rank, string? Band,
    decimal? ScoreChange, int? RankChange, RankBand? Uncertainty);

public sealed record RankingView(DefinitionSummary Definition, bool Provisional, Guid? PublishedId, string? InputsHash,
    DateTimeOffset? PublishedAt, Guid? PreviousPublishedId, IReadOnlyList<RankingRow> Wards);

/// <summary>Builds what the pages show from a result: the rows, with changes against the previous period's official ranking.</summary>
public static class RankingViews
{
    /// <summary>The last official ranking of an earlier period (same province, owner and cluster) before this definition's.</summary>
    public static Task<PublishedRanking?> PreviousAsync(RankingsDbContext db, RankingDefinition d, CancellationToken ct) =>
        db.Published.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.ProvinceCode == d.ProvinceCode && p.TenantCode == d.TenantCode && p.Cluster == d.Cluster && p.PeriodEnd < d.PeriodStart)
            .OrderByDescending(p => p.PeriodEnd).ThenByDescending(p => p.PublishedAt).FirstOrDefaultAsync(ct);

    public static List<RankingRow> Rows(RankingResult result, RankingResult? previous, IReadOnlyList<RankBand>? bands)
    {
        var before = previous?.Wards.ToDictionary(w => w.Ward);
        return result.Wards.Select(w =>
        {
            var old = before?.GetValueOrDefault(w.Ward);
            return new RankingRow(w.Ward, w.Score, w.Percent, w.CoveragePercent, w.Ranked, w.Rank, w.Band,
                old is null ? null : w.Score - old.Score,
                old?.Rank is { } r && w.Rank is { } now ? r - now : null,
                bands?.FirstOrDefault(b => b.Ward == w.Ward));
        }).ToList();
    }
}
