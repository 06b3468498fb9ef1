using WardPlatform.Contracts.Events;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Lifecycle;

public static class PlanIssuedEvent
{
    /// <summary>The plan as the targets and commendations services need it: confirmed targets (with their ids), period, parents, award quotas, themes.</summary>
    public static PlanIssued From(Plan plan, DateTimeOffset now) => new(
        plan.Id, plan.TenantCode, plan.ProvinceCode, plan.Number, plan.Title, plan.IssuedOn!.Value, now,
        Targets: plan.Targets.OrderBy(t => t.Position).Select(ToPlanned).ToList(),
        PeriodStart: plan.PeriodStart,
        PeriodEnd: plan.PeriodEnd,
        ParentPlanNumbers: plan.LegalBases.OrderBy(b => b.Position).Where(b => b.CitesPlan).Select(b => b.Number!).Distinct().ToList(),
        AwardQuotas: plan.AwardQuotas.OrderBy(q => q.Position)
            .Select(q => new PlannedAwardQuota(q.AwardForm, q.RecipientKind, q.MaxCount, q.Occasion, q.Text)).ToList(),
        Themes: plan.Themes.OrderBy(t => t.Position).Select(t => new PlannedTheme(t.Number, t.Title)).ToList());

    private static PlannedTarget ToPlanned(PlanTarget t) => new(
        t.TargetId, t.Text, t.Kind.ToString(), t.Value, t.Unit, t.UpperValue, t.BaselineYear, t.OutOf,
        Stages: t.Stages.Count == 0 ? null : t.Stages.OrderBy(s => s.Position).Select(s => new PlannedStage(s.Value, s.Due)).ToList(),
        Split: t.Split.Count == 0 ? null : t.Split.OrderBy(s => s.Position).Select(s => new PlannedShare(s.Unit, s.Value)).ToList(),
        ThemeNumber: t.ThemeNumber, OwnerUnit: t.OwnerUnit, OwnerPerson: t.OwnerPerson, Deadline: t.Deadline, Source: t.Source);
}
