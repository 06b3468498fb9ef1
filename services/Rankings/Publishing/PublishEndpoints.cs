using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Rankings.Apis;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Live;
using WardPlatform.Rankings.Scoring;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Publishing;

/// <summary><see cref="Ward"/>: the ward whose neighbourhoods are ranked (a ward publishes only those), null for the province's wards ranking.</summary>
public sealed record PublishedSummary(Guid Id, Guid DefinitionId, Guid SeriesId, int Version, string Name, string? Cluster,
    DateOnly PeriodStart, DateOnly PeriodEnd, string InputsHash, DateTimeOffset PublishedAt, string PublishedBy, string Level, string? Ward);

public sealed record RerunResult(bool Identical, string InputsHash, string RecomputedHash, RankingResult Stored, RankingResult Recomputed);

public static class PublishEndpoints
{
    /// <summary>Freezes the definition version's ranking now: inputs with their records, their hash, the result and the rank bands.</summary>
    public static async Task<Results<Created<PublishedSummary>, NotFound, ProblemHttpResult>> PublishAsync(Guid id, RankingsDbContext db,
        TenantScope scope, ClaimsPrincipal user, InputCollector collector, TimeProvider clock, CancellationToken ct)
    {
        if (await RankingAccess.Definitions(db, scope).FirstOrDefaultAsync(d => d.Id == id, ct) is not { } definition) return TypedResults.NotFound();
        if (!RankingAccess.Manages(scope, user, definition)) return RankingAccess.NotManager(definition);
        if (await db.Published.IgnoreQueryFilters().AnyAsync(p => p.DefinitionId == id, ct)) return AlreadyPublished(definition.Version);

        var inputs = await collector.CollectAsync(definition, ct);
        var result = Scorer.Score(definition.Method, inputs);
        var inputsJson = RankingJson.Of(inputs);
        var published = new PublishedRanking
        {
            Id = Guid.NewGuid(), DefinitionId = definition.Id, SeriesId = definition.SeriesId, Version = definition.Version,
            TenantCode = scope.Tenant, ProvinceCode = scope.Province, Name = definition.Name, Cluster = definition.Cluster,
            PeriodStart = definition.PeriodStart, PeriodEnd = definition.PeriodEnd,
            InputsJson = inputsJson, InputsHash = RankingJson.Hash(inputsJson), ResultJson = RankingJson.Of(result),
            BandsJson = RankingJson.Of(Simulation.Run(definition.Method, inputs, result)),
            PublishedBy = user.FindFirstValue("name") ?? user.FindFirstValue("sub") ?? "", PublishedAt = clock.GetUtcNow(),
        };
        db.Published.Add(published);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return AlreadyPublished(definition.Version);
        }
        return TypedResults.Created($"/published/{published.Id}", Summary(published));
    }

    public static async Task<Ok<List<PublishedSummary>>> ListAsync(Guid? seriesId, RankingsDbContext db, TenantScope scope, CancellationToken ct)
    {
        var query = RankingAccess.Published(db, scope);
        if (seriesId is { } series) query = query.Where(p => p.SeriesId == series);
        var rows = await query.OrderByDescending(p => p.PeriodEnd).ThenByDescending(p => p.PublishedAt).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(Summary).ToList());
    }

    /// <summary>A published ranking: every ward of the province reads it in full.</summary>
    public static async Task<Results<Ok<RankingView>, NotFound>> GetAsync(Guid id, RankingsDbContext db, TenantScope scope, CancellationToken ct)
    {
        if (await RankingAccess.Published(db, scope).FirstOrDefaultAsync(p => p.Id == id, ct) is not { } published) return TypedResults.NotFound();
        var definition = await db.Definitions.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == published.DefinitionId, ct);
        var previous = await RankingViews.PreviousAsync(db, definition, ct);
        var rows = RankingViews.Rows(RankingJson.Result(published.ResultJson), previous is null ? null : RankingJson.Result(previous.ResultJson),
            RankingJson.Bands(published.BandsJson));
        return TypedResults.Ok(new RankingView(DefinitionSummary.Of(definition), false, published.Id, published.InputsHash, published.PublishedAt,
            previous?.Id, rows));
    }

    /// <summary>Scores the frozen inputs again under the frozen method: identical scores and ranks, byte for byte.</summary>
    public static async Task<Results<Ok<RerunResult>, NotFound>> RerunAsync(Guid id, RankingsDbContext db, TenantScope scope, CancellationToken ct)
    {
        if (await RankingAccess.Published(db, scope).FirstOrDefaultAsync(p => p.Id == id, ct) is not { } published) return TypedResults.NotFound();
        var definition = await db.Definitions.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == published.DefinitionId, ct);
        var recomputed = Scorer.Score(definition.Method, RankingJson.Inputs(published.InputsJson));
        return TypedResults.Ok(new RerunResult(RankingJson.Of(recomputed) == published.ResultJson, published.InputsHash,
            RankingJson.Hash(published.InputsJson), RankingJson.Result(published.ResultJson), recomputed));
    }

    private static ProblemHttpResult AlreadyPublished(int version) => FieldErrors.Conflict("Đã công bố",
        $"Phiên bản {version} của bảng xếp hạng này đã được công bố; muốn công bố lại hãy tạo phiên bản mới.", "already_published");

    private static PublishedSummary Summary(PublishedRanking p) =>
        new(p.Id, p.DefinitionId, p.SeriesId, p.Version, p.Name, p.Cluster, p.PeriodStart, p.PeriodEnd, p.InputsHash, p.PublishedAt, p.PublishedBy,
            p.TenantCode == p.ProvinceCode ? Definitions.RankingLevels.Wards : Definitions.RankingLevels.Neighbourhoods,
            p.TenantCode == p.ProvinceCode ? null : p.TenantCode);
}
