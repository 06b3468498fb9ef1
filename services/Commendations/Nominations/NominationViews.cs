using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Eligibility;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Commendations.Rules;
using WardPlatform.Http;

namespace WardPlatform.Commendations.Nominations;

/// <summary>Nominations with their dossier and eligibility, evaluated in memory from one load per query (the appraiser's queue reads thousands).</summary>
public sealed class NominationViews(CommendationsDbContext db, RuleBook book, TimeProvider clock)
{
    public async Task<NominationDto?> OneAsync(Guid id, CancellationToken ct) =>
        (await ManyAsync(db.Nominations.Where(n => n.Id == id), ct)).FirstOrDefault();

    public async Task<List<NominationDto>> ManyAsync(IQueryable<Nomination> query, CancellationToken ct)
    {
        var nominations = await query.AsNoTracking().ToListAsync(ct);
        if (nominations.Count == 0) return [];
        var ids = nominations.Select(n => n.Id).ToList();
        var fileParts = (await db.DossierFiles.AsNoTracking().Where(f => ids.Contains(f.NominationId)).Select(f => new { f.NominationId, f.Part }).ToListAsync(ct))
            .ToLookup(f => f.NominationId, f => f.Part);
        var roundIds = nominations.Select(n => n.RoundId).Distinct().ToList();
        var rounds = await db.Rounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        // Quota positions count every live nomination of the round, not only the ones asked for.
        var ranked = await db.Nominations.AsNoTracking().Where(n => roundIds.Contains(n.RoundId) && n.State != NominationState.Rejected)
            .OrderBy(n => n.CreatedAt).Select(n => new { n.Id, n.RoundId, n.Form, n.RecipientKind }).ToListAsync(ct);
        // One pass in order: a nomination's position is one more than the earlier ones counting towards its quota, which
        // are those whose own quota is the same (CountsTowards). Counted pairwise, 2,000 nominations took seconds a page.
        var positions = new Dictionary<Guid, int>();
        foreach (var group in ranked.GroupBy(n => n.RoundId))
        {
            var round = rounds[group.Key];
            var counted = new Dictionary<RoundQuota, int>();
            foreach (var n in group)
                if (EligibilityCheck.QuotaFor(round, n.Form, n.RecipientKind) is { } quota)
                    positions[n.Id] = counted[quota] = counted.GetValueOrDefault(quota) + 1;
        }
        var names = nominations.Select(n => VietnameseText.Fold(n.RecipientName)).Distinct().ToList();
        var recipientIds = nominations.Where(n => n.RecipientId is not null).Select(n => n.RecipientId!).Distinct().ToList();
        var records = await db.ConductRecords.AsNoTracking()
            .Where(r => names.Contains(r.SubjectFolded) || (r.SubjectId != null && recipientIds.Contains(r.SubjectId))).ToListAsync(ct);
        var years = rounds.Values.Select(r => r.PeriodTo.Year).Distinct().ToList();
        var forms = nominations.Select(n => n.Form).Distinct().ToList();
        var awards = (await db.Awards.AsNoTracking().Where(a => years.Contains(a.Year) && forms.Contains(a.Form) && !a.Revoked).ToListAsync(ct))
            .Where(a => names.Contains(VietnameseText.Fold(a.RecipientName))).ToList();

        var units = nominations.Select(n => EligibilityCheck.NomineeUnit(n)).Where(u => u is { Length: > 0 }).Select(u => VietnameseText.Fold(u)).Distinct().ToList();
        var unitTargets = await db.UnitTargets.AsNoTracking().Where(t => t.OwnerFolded != null && units.Contains(t.OwnerFolded)).ToListAsync(ct);

        var today = clock.Today();
        var rules = new Dictionary<(string, string, string), AwardRule?>();
        var salary = await book.BaseSalaryAsync(nominations[0].ProvinceCode, today, ct);
        var result = new List<NominationDto>(nominations.Count);
        foreach (var n in nominations)
        {
            var key = (n.ProvinceCode, n.Form, n.RecipientKind);
            if (!rules.TryGetValue(key, out var rule)) rules[key] = rule = await book.RuleAsync(n.ProvinceCode, n.Form, n.RecipientKind, today, ct);
            var round = rounds[n.RoundId];
            var parts = fileParts[n.Id].ToList();
            var missing = EligibilityCheck.MissingParts(rule, n, parts);
            // The award this nomination would be decided from is not "an earlier award" of it.
            var checks = EligibilityCheck.Evaluate(n, round, rule, records, awards.Where(a => a.NominationId != n.Id), positions.GetValueOrDefault(n.Id), missing, unitTargets);
            result.Add(Dto(n, rule, checks, missing, parts, today, salary));
        }
        return result;
    }

    private static NominationDto Dto(Nomination n, AwardRule? rule, List<Check> checks, List<string> missing, List<string> files, DateOnly today, decimal? salary)
    {
        var parts = (rule?.RequiredParts ?? []).Select(p => new DossierPartDto(p, DossierParts.Label(p), !missing.Contains(p), p switch
        {
            DossierParts.Submission => "Tạo từ đề nghị (tờ trình .docx)",
            DossierParts.Minutes => "Tạo từ kết quả họp (biên bản .docx)",
            DossierParts.Report when files.Contains(DossierParts.Report) => "Tệp tải lên",
            DossierParts.Report when !string.IsNullOrWhiteSpace(n.ReportText) => "Nhập trực tiếp",
            DossierParts.Evidence when n.EvidenceLinks.Count > 0 || files.Contains(DossierParts.Evidence) =>
                $"{files.Count(f => f == DossierParts.Evidence)} tệp, {n.EvidenceLinks.Count} liên kết",
            _ => null,
        })).ToList();
        var overdue = (n.State == NominationState.Submitted && today > n.AppraisalDue)
            || (n.State == NominationState.Returned && n.ResubmitDue is { } due && today > due);
        return new NominationDto(n.Id, n.RoundId, n.Form, rule?.Name ?? n.Form, n.RecipientKind, n.RecipientId, n.RecipientName, n.RecipientUnit,
            n.NominatingUnit, n.Achievement, n.State.ToString(), n.AppraisalReasons, n.SubmittedOn, n.AppraisalDue, n.ResubmitDue, overdue,
            n.Members, n.Present, n.VotesFor, n.VotesAgainst, n.VotesAbstaining, n.SecretBallot, n.Recused, n.EvidenceLinks, parts, checks,
            checks.All(c => c.Passed), rule is not null && salary is { } s ? RuleBook.Prize(rule.Coefficient, s) : null);
    }
}
