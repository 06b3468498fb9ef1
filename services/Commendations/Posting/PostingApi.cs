using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Posting;

public sealed record PostRequest(int? Days);
public sealed record ObjectionRequest(string? Text, string? SenderName, string? SenderContact, Guid? NominationId);
public sealed record AnswerRequest(string? Answer);

public sealed record PublicNominee(Guid NominationId, int Ordinal, string RecipientName, string? RecipientUnit, string RecipientKind, string FormName, string Achievement);
public sealed record PublicRound(Guid Id, string TenantCode, string Title, DateOnly PostedFrom, DateOnly PostedUntil, List<PublicNominee> Nominees);
public sealed record ObjectionDto(Guid Id, Guid? NominationId, string? SenderName, string? SenderContact, string Text, DateTimeOffset ReceivedAt,
    string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt);

/// <summary>
/// "Công khai, minh bạch": the accepted list is posted on the ward's public page (no sign-in) for the round's posting days;
/// anyone may object while it is posted; every objection must be answered before the chairman decides.
/// </summary>
public static class PostingApi
{
    public static async Task<Results<Ok<RoundDto>, ProblemHttpResult, NotFound>> PostAsync(
        Guid id, PostRequest? request, ClaimsPrincipal user, CommendationsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var round = await db.Rounds.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "niêm yết danh sách", WardRoles.WardAppraiser, WardRoles.WardChairman) is { } forbidden) return forbidden;
        if (round.PostedFrom is not null) return Problems.Conflict("already_posted", "Đã niêm yết", "Danh sách của đợt đã được niêm yết.");
        if (request?.Days is { } d) round.PostingDays = d is >= 1 and <= 60 ? d : round.PostingDays;
        if (!await db.Nominations.AnyAsync(n => n.RoundId == id && n.State == NominationState.Accepted, ct))
            return Problems.Conflict("nothing_accepted", "Chưa có hồ sơ đạt", "Chưa có hồ sơ nào được thẩm định đạt để niêm yết.");
        if (await db.Nominations.AnyAsync(n => n.RoundId == id && n.State == NominationState.Submitted, ct))
            return Problems.Conflict("appraisal_pending", "Còn hồ sơ chưa thẩm định", "Còn hồ sơ chờ thẩm định: thẩm định xong mới niêm yết.");
        var today = clock.Today();
        round.PostedFrom = today;
        round.PostedUntil = today.AddDays(round.PostingDays - 1);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RoundDto.From(round));
    }

    /// <summary>GET /public/wards/{tenant}/rounds: the rounds of a ward whose list is posted today. Anonymous.</summary>
    public static async Task<Ok<List<PublicRound>>> PublicListAsync(string tenant, CommendationsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.Today();
        var rounds = await db.Rounds.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantCode == tenant && r.PostedFrom <= today && r.PostedUntil >= today).OrderBy(r => r.PostedUntil).ToListAsync(ct);
        var result = new List<PublicRound>();
        foreach (var round in rounds) result.Add(await PublicOfAsync(round, db, ct));
        return TypedResults.Ok(result);
    }

    /// <summary>GET /public/rounds/{id}: one posted list; 404 outside its posting days.</summary>
    public static async Task<Results<Ok<PublicRound>, NotFound>> PublicGetAsync(Guid id, CommendationsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var round = await db.Rounds.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || !round.IsPostedOn(clock.Today())) return TypedResults.NotFound();
        return TypedResults.Ok(await PublicOfAsync(round, db, ct));
    }

    public static async Task<Results<Created<ObjectionDto>, ValidationProblem, NotFound>> ObjectAsync(
        Guid id, ObjectionRequest request, CommendationsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var round = await db.Rounds.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || !round.IsPostedOn(clock.Today())) return TypedResults.NotFound();
        var errors = new FieldErrors();
        var text = errors.Text("text", request.Text, 4000, "Nội dung ý kiến", required: true);
        var name = errors.Text("senderName", request.SenderName, 200, "Họ tên");
        var contact = errors.Text("senderContact", request.SenderContact, 200, "Liên hệ");
        if (request.NominationId is { } nid && !await db.Nominations.IgnoreQueryFilters()
                .AnyAsync(n => n.Id == nid && n.RoundId == id && n.State == NominationState.Accepted, ct))
            errors.Add("nominationId", "unknown_nominee", "Người / tập thể được nêu không có trong danh sách niêm yết.");
        if (errors.Any) return errors.ToProblem();
        var objection = new Objection
        {
            Id = Guid.CreateVersion7(), RoundId = id, NominationId = request.NominationId, SenderName = name, SenderContact = contact, Text = text!,
            ReceivedAt = clock.GetUtcNow(),
        };
        db.Objections.Add(objection);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/public/rounds/{id}", Dto(objection) with { SenderContact = null });
    }

    public static async Task<Results<Ok<List<ObjectionDto>>, NotFound>> ObjectionsAsync(Guid id, CommendationsDbContext db, CancellationToken ct)
    {
        if (!await db.Rounds.AnyAsync(r => r.Id == id, ct)) return TypedResults.NotFound();
        return TypedResults.Ok((await db.Objections.AsNoTracking().Where(o => o.RoundId == id).OrderBy(o => o.ReceivedAt).ToListAsync(ct)).Select(Dto).ToList());
    }

    public static async Task<Results<Ok<ObjectionDto>, ValidationProblem, ProblemHttpResult, NotFound>> AnswerAsync(
        Guid id, Guid objectionId, AnswerRequest request, ClaimsPrincipal user, CommendationsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Rounds.AnyAsync(r => r.Id == id, ct)) return TypedResults.NotFound();
        var objection = await db.Objections.FirstOrDefaultAsync(o => o.Id == objectionId && o.RoundId == id, ct);
        if (objection is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "trả lời ý kiến", WardRoles.WardAppraiser, WardRoles.WardChairman) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var answer = errors.Text("answer", request.Answer, 4000, "Nội dung trả lời", required: true);
        if (errors.Any) return errors.ToProblem();
        objection.Answer = answer;
        objection.AnsweredBy = user.FindFirstValue("name");
        objection.AnsweredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Dto(objection));
    }

    private static ObjectionDto Dto(Objection o) => new(o.Id, o.NominationId, o.SenderName, o.SenderContact, o.Text, o.ReceivedAt, o.Answer, o.AnsweredBy, o.AnsweredAt);

    private static async Task<PublicRound> PublicOfAsync(Round round, CommendationsDbContext db, CancellationToken ct)
    {
        var nominees = await db.Nominations.IgnoreQueryFilters().AsNoTracking()
            .Where(n => n.RoundId == round.Id && n.State == NominationState.Accepted).OrderBy(n => n.CreatedAt).ToListAsync(ct);
        var names = await db.AwardRules.AsNoTracking().Select(r => new { r.Form, r.RecipientKind, r.Name }).ToListAsync(ct);
        return new PublicRound(round.Id, round.TenantCode, round.Title, round.PostedFrom!.Value, round.PostedUntil!.Value, nominees.Select((n, i) =>
            new PublicNominee(n.Id, i + 1, n.RecipientName, n.RecipientUnit, n.RecipientKind,
                names.FirstOrDefault(r => r.Form == n.Form && r.RecipientKind == n.RecipientKind)?.Name ?? n.Form, n.Achievement)).ToList());
    }
}
