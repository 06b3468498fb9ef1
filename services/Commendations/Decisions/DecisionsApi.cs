using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Rules;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Decisions;

public sealed record DecideRequest(DateOnly? DecidedOn, string? SignerName, string? SignerTitle);
public sealed record RevokeRequest(string? Reason);

public sealed record AwardDto(Guid Id, Guid NominationId, int Ordinal, string Form, string FormName, string RecipientKind, string? RecipientId,
    string RecipientName, string? RecipientUnit, string Achievement, decimal PrizeAmount, string RegisterNumber, int Year, bool Revoked,
    string? DecisionNumber = null, DateOnly? DecidedOn = null, Guid? DecisionId = null)
{
    public static AwardDto From(Award a, Decision? d = null) => new(a.Id, a.NominationId, a.Ordinal, a.Form, a.FormName, a.RecipientKind, a.RecipientId,
        a.RecipientName, a.RecipientUnit, a.Achievement, a.PrizeAmount, a.RegisterNumber, a.Year, a.Revoked, d?.Number, d?.DecidedOn, d?.Id);
}

public sealed record DecisionDto(Guid Id, Guid RoundId, string Number, int Year, int Sequence, DateOnly DecidedOn, string Subject, string SignerName,
    string SignerTitle, decimal BaseSalary, decimal TotalPrize, string? RevokedReason, DateTimeOffset? RevokedAt, decimal PrizeToRecover, List<AwardDto> Awards)
{
    public static DecisionDto From(Decision d) => new(d.Id, d.RoundId, d.Number, d.Year, d.Sequence, d.DecidedOn, d.Subject, d.SignerName, d.SignerTitle,
        d.BaseSalary, d.Awards.Sum(a => a.PrizeAmount), d.RevokedReason, d.RevokedAt, d.PrizeToRecover,
        d.Awards.OrderBy(a => a.Ordinal).Select(a => AwardDto.From(a)).ToList());
}

/// <summary>
/// The chairman decides a round: after its public posting, with every objection answered. One transaction numbers the
/// decision, writes the awards into the sổ vàng with their prize (the rule and base salary in force on the decision date)
/// and stores CommendationDecided.
/// </summary>
public static class DecisionsApi
{
    public static async Task<Results<Created<DecisionDto>, ValidationProblem, ProblemHttpResult, NotFound>> DecideAsync(
        Guid id, DecideRequest request, ClaimsPrincipal user, CommendationsDbContext db, RuleBook book, TimeProvider clock, CancellationToken ct)
    {
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "ký quyết định khen thưởng", WardRoles.WardChairman) is { } forbidden) return forbidden;
        var today = clock.Today();
        var errors = new FieldErrors();
        var decidedOn = request.DecidedOn ?? today;
        if (decidedOn > today) errors.Add("decidedOn", "future", $"Ngày quyết định không được sau hôm nay ({VietnamClock.Show(today)}).");
        var signer = errors.Text("signerName", request.SignerName, 200, "Người ký", required: true);
        var title = errors.Text("signerTitle", request.SignerTitle, 100, "Chức vụ người ký") is { Length: > 0 } t ? t : "CHỦ TỊCH";
        if (errors.Any) return errors.ToProblem();
        if (round.DecisionId is not null) return Problems.Conflict("already_decided", "Đã có quyết định", "Đợt khen thưởng này đã có quyết định.");
        if (round.PostedUntil is not { } until)
            return Problems.Conflict("not_posted", "Chưa niêm yết", "Danh sách phải được niêm yết công khai trước khi quyết định.");
        if (decidedOn <= until)
            return Problems.Conflict("posting_not_over", "Đang niêm yết", $"Danh sách niêm yết công khai đến hết ngày {VietnamClock.Show(until)}; quyết định sau ngày đó.");
        var open = await db.Objections.CountAsync(o => o.RoundId == id && o.Answer == null, ct);
        if (open > 0) return Problems.Conflict("objections_unanswered", "Còn ý kiến chưa trả lời", $"Còn {open} ý kiến phản ánh chưa được trả lời.");

        var salary = await book.BaseSalaryAsync(round.ProvinceCode, decidedOn, ct);
        if (salary is null) return Problems.Conflict("no_base_salary", "Chưa có lương cơ sở", "Chưa có mức lương cơ sở áp dụng cho ngày quyết định.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The round's row is locked: a second decision of the same round waits, then finds it decided.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM rounds WHERE id = {id} FOR UPDATE", ct);
        var locked = await db.Rounds.FirstAsync(r => r.Id == id, ct);
        await db.Entry(locked).ReloadAsync(ct);
        if (locked.DecisionId is not null) return Problems.Conflict("already_decided", "Đã có quyết định", "Đợt khen thưởng này đã có quyết định.");
        var accepted = await db.Nominations.Where(n => n.RoundId == id && n.State == NominationState.Accepted).OrderBy(n => n.CreatedAt).ToListAsync(ct);
        var decided = new List<(Nomination N, AwardRule Rule)>();
        foreach (var n in accepted)
            if (await book.RuleAsync(round.ProvinceCode, n.Form, n.RecipientKind, decidedOn, ct) is { DecidedByWard: true } rule) decided.Add((n, rule));
        if (decided.Count == 0) return Problems.Conflict("nothing_to_decide", "Không có hồ sơ", "Không có hồ sơ đạt thuộc thẩm quyền của Chủ tịch UBND phường.");

        var year = decidedOn.Year;
        var sequence = await DecisionNumbers.ReserveAsync(db, round.TenantCode, DecisionNumbers.Decision, year, 1, ct);
        var firstLine = await DecisionNumbers.ReserveAsync(db, round.TenantCode, DecisionNumbers.Register, year, decided.Count, ct);
        var decision = new Decision
        {
            Id = Guid.CreateVersion7(), TenantCode = round.TenantCode, ProvinceCode = round.ProvinceCode, RoundId = id, PlanId = round.PlanId, Year = year,
            Sequence = sequence, Number = DecisionNumbers.Format(sequence), DecidedOn = decidedOn, Subject = $"Về việc khen thưởng {round.Title}",
            SignerName = signer!, SignerTitle = title, BaseSalary = salary.Value, DecidedAt = clock.GetUtcNow(),
        };
        foreach (var ((n, rule), i) in decided.Select((x, i) => (x, i)))
        {
            decision.Awards.Add(new Award
            {
                Id = Guid.CreateVersion7(), DecisionId = decision.Id, NominationId = n.Id, TenantCode = n.TenantCode, ProvinceCode = n.ProvinceCode,
                Ordinal = i + 1, Form = n.Form, FormName = rule.Name, IsTitle = rule.IsTitle, RecipientKind = n.RecipientKind, RecipientId = n.RecipientId,
                RecipientName = n.RecipientName, RecipientUnit = n.RecipientUnit, Achievement = n.Achievement, Coefficient = rule.Coefficient,
                PrizeAmount = RuleBook.Prize(rule.Coefficient, salary.Value), RegisterNumber = $"{firstLine + i:D2}/{year}", Year = year,
            });
            n.State = NominationState.Awarded;
        }
        locked.DecisionId = decision.Id;
        db.Decisions.Add(decision);
        db.PublishOnCommit(new CommendationDecided(decision.Id, id, round.PlanId, round.TenantCode, round.ProvinceCode, decision.Number, decidedOn,
            decision.Awards.Select(a => new AwardGranted(a.Form, a.RecipientKind, a.RecipientId, a.RecipientName, a.PrizeAmount)).ToList(), decision.DecidedAt));
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict("duplicate_number", "Trùng số quyết định", "Số quyết định hoặc quyết định của đợt đã tồn tại; không có gì được lưu.");
        }
        return TypedResults.Created($"/decisions/{decision.Id}", DecisionDto.From(decision));
    }

    public static async Task<Results<Ok<DecisionDto>, NotFound>> GetAsync(Guid id, CommendationsDbContext db, CancellationToken ct) =>
        await db.Decisions.AsNoTracking().Include(d => d.Awards).FirstOrDefaultAsync(d => d.Id == id, ct) is { } d
            ? TypedResults.Ok(DecisionDto.From(d)) : TypedResults.NotFound();

    public static async Task<Ok<List<DecisionDto>>> ListAsync(int? year, CommendationsDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Decisions.AsNoTracking().Include(d => d.Awards).Where(d => year == null || d.Year == year)
            .OrderByDescending(d => d.Year).ThenByDescending(d => d.Sequence).ToListAsync(ct)).Select(DecisionDto.From).ToList());

    public static async Task<Results<Ok<DecisionDto>, ValidationProblem, ProblemHttpResult, NotFound>> RevokeAsync(
        Guid id, RevokeRequest request, ClaimsPrincipal user, CommendationsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var decision = await db.Decisions.Include(d => d.Awards).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "hủy quyết định khen thưởng", WardRoles.WardChairman) is { } forbidden) return forbidden;
        if (decision.RevokedAt is not null) return Problems.Conflict("already_revoked", "Đã hủy", "Quyết định đã bị hủy trước đó.");
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request.Reason, 2000, "Lý do hủy", required: true);
        if (errors.Any) return errors.ToProblem();
        decision.RevokedAt = clock.GetUtcNow();
        decision.RevokedReason = reason;
        decision.PrizeToRecover = decision.Awards.Sum(a => a.PrizeAmount);
        foreach (var award in decision.Awards) award.Revoked = true;
        var nominationIds = decision.Awards.Select(a => a.NominationId).ToList();
        foreach (var n in await db.Nominations.Where(n => nominationIds.Contains(n.Id)).ToListAsync(ct)) n.State = NominationState.Revoked;
        db.PublishOnCommit(new CommendationRevoked(decision.Id, decision.RoundId, decision.TenantCode, decision.ProvinceCode, decision.Number, reason!,
            decision.PrizeToRecover, decision.RevokedAt.Value));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DecisionDto.From(decision));
    }

    /// <summary>GET /register?year=: the ward's sổ vàng, every award with its decision.</summary>
    public static async Task<Ok<List<AwardDto>>> RegisterAsync(int? year, CommendationsDbContext db, CancellationToken ct)
    {
        var decisions = await db.Decisions.AsNoTracking().Include(d => d.Awards).Where(d => year == null || d.Year == year)
            .OrderBy(d => d.Year).ThenBy(d => d.Sequence).ToListAsync(ct);
        return TypedResults.Ok(decisions.SelectMany(d => d.Awards.OrderBy(a => a.Ordinal).Select(a => AwardDto.From(a, d))).ToList());
    }
}
