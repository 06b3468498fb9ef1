using WardPlatform.Http;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Decisions;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Commendations.Rules;

namespace WardPlatform.Commendations.Eligibility;

/// <summary>One check of a nomination with its verdict and the reason, in Vietnamese, as the appraiser's queue shows it.</summary>
public sealed record Check(string Code, string Label, bool Passed, string Reason);

/// <summary>
/// Eligibility computed from what is stored, never typed: conduct records in the round's period block; the vote must reach
/// the rule's share of the council's members; one award of a form per recipient and year; the round's quota; the dossier's
/// parts. Pure, so the queue evaluates thousands of nominations from one load.
/// </summary>
public static class EligibilityCheck
{
    public static List<Check> Evaluate(Nomination n, Round round, AwardRule? rule, IEnumerable<ConductRecord> records,
        IEnumerable<Award> awards, int quotaPosition, IReadOnlyCollection<string> missingParts)
    {
        var checks = new List<Check>();
        var folded = WardPlatform.Http.VietnameseText.Fold(n.RecipientName);

        var blocking = records.Where(r => (r.SubjectId is not null && r.SubjectId == n.RecipientId) || r.SubjectFolded == folded)
            .Where(r => r.From <= round.PeriodTo && (r.To is null || r.To >= round.PeriodFrom)).ToList();
        checks.Add(blocking.Count == 0
            ? new Check("conduct", "Kỷ luật, thanh tra, khiếu nại", true, "Không có kỷ luật, thanh tra hay khiếu nại đang giải quyết trong kỳ.")
            : new Check("conduct", "Kỷ luật, thanh tra, khiếu nại", false, string.Join(" ", blocking.Select(r =>
                $"{ConductRecord.Label(r.Kind)} ({r.Detail}) từ {VietnamClock.Show(r.From)}{(r.To is { } to ? " đến " + VietnamClock.Show(to) : "")}: " +
                "không được khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4)."))));

        if (rule is null)
            checks.Add(new Check("rule", "Quy định", false, "Không có quy định khen thưởng hiệu lực cho hình thức và đối tượng này."));
        else
        {
            var needed = rule.VoteShare * n.Members;
            var passed = rule.VoteStrictlyMore ? n.VotesFor > needed : n.VotesFor >= needed;
            var share = n.Members == 0 ? 0 : Math.Round(100m * n.VotesFor / n.Members, 1);
            var rule80 = rule.VoteStrictlyMore ? $"trên {rule.VoteShare:P0}" : $"từ {rule.VoteShare:P0}";
            checks.Add(new Check("vote", "Biểu quyết", passed,
                $"{n.VotesFor}/{n.Members} thành viên hội đồng đồng ý ({share}%), quy định cần {rule80} tổng số thành viên" +
                (n.Recused.Count > 0 ? $"; {string.Join(", ", n.Recused)} không biểu quyết (liên quan trực tiếp)." : ".")));
        }

        var prior = awards.Where(a => !a.Revoked && a.Form == n.Form && a.Year == round.PeriodTo.Year
            && ((a.RecipientId is not null && a.RecipientId == n.RecipientId) || WardPlatform.Http.VietnameseText.Fold(a.RecipientName) == folded)).ToList();
        checks.Add(prior.Count == 0
            ? new Check("once", "Một thành tích một hình thức", true, $"Chưa được tặng hình thức này trong năm {round.PeriodTo.Year}.")
            : new Check("once", "Một thành tích một hình thức", false,
                $"Đã được tặng {prior[0].FormName} năm {prior[0].Year} (sổ vàng số {prior[0].RegisterNumber}): mỗi thành tích chỉ một hình thức."));

        var quota = QuotaFor(round, n.Form, n.RecipientKind);
        if (quota is not null)
            checks.Add(new Check("quota", "Chỉ tiêu khen thưởng", quotaPosition <= quota.MaxCount,
                $"Thứ {quotaPosition} trong tối đa {quota.MaxCount:D2} {RecipientKinds.Label(n.RecipientKind)} của đợt."));

        checks.Add(missingParts.Count == 0
            ? new Check("dossier", "Hồ sơ", true, "Đủ thành phần hồ sơ theo quy định.")
            : new Check("dossier", "Hồ sơ", false, "Còn thiếu: " + string.Join(", ", missingParts.Select(DossierParts.Label)) + "."));
        return checks;
    }

    public static RoundQuota? QuotaFor(Round round, string form, string recipientKind) =>
        round.Quotas.FirstOrDefault(q => q.Form == form && q.RecipientKind == recipientKind)
        ?? round.Quotas.FirstOrDefault(q => q.Form is null && q.RecipientKind == recipientKind);

    /// <summary>Whether the quota counts this form: a quota for one form counts only it, a quota for any form counts the forms without their own.</summary>
    public static bool CountsTowards(Round round, RoundQuota quota, string form, string recipientKind) =>
        recipientKind == quota.RecipientKind && QuotaFor(round, form, recipientKind) == quota;

    public static List<string> MissingParts(AwardRule? rule, Nomination n, IReadOnlyCollection<string> fileParts) =>
        (rule?.RequiredParts ?? []).Where(part => part switch
        {
            DossierParts.Submission => false, // generated from the nomination itself
            DossierParts.Minutes => n.Members <= 0,
            DossierParts.Report => string.IsNullOrWhiteSpace(n.ReportText) && !fileParts.Contains(DossierParts.Report),
            DossierParts.Evidence => n.EvidenceLinks.Count == 0 && !fileParts.Contains(DossierParts.Evidence),
            _ => false,
        }).ToList();
}
