using WardPlatform.Http;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Decisions;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Commendations.Rules;
using WardPlatform.Commendations.Targets;

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
        IEnumerable<Award> awards, int quotaPosition, IReadOnlyCollection<string> missingParts, IEnumerable<UnitTarget> unitTargets)
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

        if (rule?.MinTargetShare is { } minShare) checks.Add(TargetsCheck(n, round, minShare, unitTargets));

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

    /// <summary>The unit a nomination's targets are counted for: the collective itself, or an individual's unit.</summary>
    public static string? NomineeUnit(Nomination n) => n.RecipientKind == RecipientKinds.Collective ? n.RecipientName : n.RecipientUnit;

    /// <summary>The share of the nominee unit's targets (of the round's plan, else of the ward) achieved, against the rule's minimum.</summary>
    public static Check TargetsCheck(Nomination n, Round round, decimal minShare, IEnumerable<UnitTarget> unitTargets)
    {
        const string label = "Chỉ tiêu của đơn vị";
        var needed = $"quy định cần từ {minShare:P0} chỉ tiêu đạt";
        if (NomineeUnit(n) is not { Length: > 0 } unit)
            return new Check("targets", label, false, $"Chưa ghi đơn vị của cá nhân được đề nghị, nên không xét được chỉ tiêu ({needed}).");
        var folded = WardPlatform.Http.VietnameseText.Fold(unit);
        var own = unitTargets.Where(t => t.OwnerFolded == folded && t.TenantCode == n.TenantCode && (round.PlanId is null || t.PlanId == round.PlanId)).ToList();
        var scope = round.PlanNumber is { Length: > 0 } number ? $" của kế hoạch {number}" : "";
        if (own.Count == 0)
            return new Check("targets", label, true, $"{unit} không được giao chỉ tiêu nào{scope}: không xét tỷ lệ chỉ tiêu.");
        var achieved = own.Count(t => t.Status == UnitTarget.Statuses.Achieved);
        var share = (decimal)achieved / own.Count;
        var notYet = own.Where(t => t.Status != UnitTarget.Statuses.Achieved).Select(t => $"“{t.Text}”").Take(3).ToList();
        return new Check("targets", label, share >= minShare,
            $"{unit} đạt {achieved}/{own.Count} chỉ tiêu được giao{scope} ({Math.Round(100m * share, 1)}%), {needed}" +
            (notYet.Count > 0 ? $"; chưa đạt: {string.Join(", ", notYet)}{(own.Count - achieved > notYet.Count ? "…" : "")}." : "."));
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
