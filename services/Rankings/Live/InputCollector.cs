using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Facts;
using WardPlatform.Rankings.Scoring;

namespace WardPlatform.Rankings.Live;

/// <summary>
/// Reads the read model into the scorer's inputs for one definition: every ranked unit's value per criterion with
/// the record it came from. A unit is a ward (its code), or for a ward's neighbourhood ranking one of its
/// neighbourhoods (its id: the facts its report events name, the values the ward entered for it). Reads across units
/// (the ranking compares them); what a caller sees is cut afterwards.
/// </summary>
public sealed class InputCollector(RankingsDbContext db)
{
    public async Task<IReadOnlyList<WardInput>> CollectAsync(RankingDefinition definition, CancellationToken ct)
    {
        var province = definition.ProvinceCode;
        var (from, to) = (definition.PeriodStart, definition.PeriodEnd);
        // Neighbourhoods: only the ward's own facts, by neighbourhood; targets, plans and links are the ward's, not theirs.
        var neighbourhoods = definition.Level == RankingLevels.Neighbourhoods;
        var ward = definition.TenantCode;
        var plans = neighbourhoods ? []
            : await db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => p.ProvinceCode == province).ToListAsync(ct);
        var targets = neighbourhoods ? []
            : await db.Targets.IgnoreQueryFilters().AsNoTracking().Where(t => t.ProvinceCode == province).ToListAsync(ct);
        var baselineYears = definition.Method.Criteria.Select(c => SourceRef.Parse(c.Source))
            .Where(s => s is { Name: Metrics.Incidents, Parameter: not null }).Select(s => int.Parse(s!.Parameter!, CultureInfo.InvariantCulture)).ToList();
        var earliest = baselineYears.Count > 0 ? new DateOnly(Math.Min(baselineYears.Min(), from.Year), 1, 1) : from;
        var facts = await db.Facts.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.ProvinceCode == province && f.On >= earliest && f.On <= to
                && (!neighbourhoods || (f.TenantCode == ward && f.NeighbourhoodId != null))).ToListAsync(ct);
        var links = neighbourhoods ? []
            : await db.Links.IgnoreQueryFilters().AsNoTracking().Where(l => l.ProvinceCode == province).ToListAsync(ct);
        // Entered by the definition's owner: the province per ward, or the ward per neighbourhood.
        var entered = await db.EnteredValues.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.ProvinceCode == province && v.TenantCode == definition.TenantCode && v.Year == to.Year).ToListAsync(ct);
        var adjustments = await db.Adjustments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ProvinceCode == province && a.SeriesId == definition.SeriesId).OrderBy(a => a.EnteredAt).ThenBy(a => a.Id).ToListAsync(ct);

        string UnitOf(WardFact f) => neighbourhoods ? f.NeighbourhoodId!.Value.ToString() : f.TenantCode;
        var wards = definition.Wards.Count > 0
            ? definition.Wards
            : neighbourhoods
                ? facts.Select(UnitOf).Concat(entered.Select(v => v.WardCode)).Distinct().Order(StringComparer.Ordinal).ToList()
                : plans.Select(p => p.TenantCode).Concat(targets.Select(t => t.TenantCode)).Concat(facts.Select(f => f.TenantCode))
                    .Where(t => t != province).Distinct().Order(StringComparer.Ordinal).ToList();

        var planById = plans.ToDictionary(p => p.PlanId);
        bool InPeriod(KnownTarget t) => !planById.TryGetValue(t.PlanId, out var p) || p.PeriodStart is null || p.PeriodEnd is null
            || (p.PeriodStart <= to && p.PeriodEnd >= from);
        var targetsByWard = targets.Where(InPeriod).ToLookup(t => t.TenantCode);
        var targetById = targets.ToDictionary(t => t.TargetId);
        var factsByWard = facts.ToLookup(UnitOf);
        var plansByWard = plans.ToLookup(p => p.TenantCode);
        var linksByWard = links.ToLookup(l => l.TenantCode);
        var enteredByWard = entered.ToLookup(v => v.WardCode);
        var adjustmentsByWard = adjustments.ToLookup(a => a.WardCode);

        return wards.Select(ward =>
        {
            var context = new WardFacts(ward, from, to, targetsByWard[ward].ToList(), factsByWard[ward].ToList(), plansByWard[ward].ToList(),
                linksByWard[ward].ToList(), targetById, enteredByWard[ward].ToList());
            var criteria = definition.Method.Criteria.Select(c => context.Input(c)).ToList();
            var items = adjustmentsByWard[ward].Select(a => new AdjustmentInput(a.Points, a.Reason, a.Record)).ToList();
            return new WardInput(ward, criteria, items);
        }).ToList();
    }

    private sealed record WardFacts(
        string Ward, DateOnly From, DateOnly To, List<KnownTarget> Targets, List<WardFact> Facts, List<KnownPlan> Plans,
        List<TargetLink> Links, Dictionary<Guid, KnownTarget> TargetById, List<EnteredValue> Entered)
    {
        public CriterionInput Input(CriterionSpec criterion)
        {
            var code = criterion.Code;
            var source = SourceRef.Parse(criterion.Source);
            CriterionInput Value(decimal v, string record) => new(code, InputState.Value, Math.Round(v, 4), record);
            CriterionInput NotApplicable(string? record = null) => new(code, InputState.NotApplicable, null, record);
            var notReported = new CriterionInput(code, InputState.NotReported, null, null);
            IEnumerable<WardFact> InPeriod(string kind) => Facts.Where(f => f.Kind == kind && f.On >= From && f.On <= To);

            switch (source)
            {
                case { Kind: SourceRef.Target, TargetId: { } provinceTarget }:
                {
                    var link = Links.FirstOrDefault(l => l.ProvinceTargetId == provinceTarget);
                    // The linked target must be the ward's own (a link made ahead, at confirmation, names an id not yet known).
                    if (link is null || !TargetById.TryGetValue(link.WardTargetId, out var target) || target.TenantCode != Ward || target.LatestValue is null)
                        return link is null ? notReported : notReported with { Record = $"target:{link.WardTargetId}" };
                    return Value(target.LatestValue.Value, $"target:{target.TargetId}" + (target.LatestReportId is { } r ? $";progress:{r}" : ""));
                }
                case { Kind: SourceRef.Entered, Name: var key }:
                {
                    var entered = Entered.FirstOrDefault(v => v.Key == key);
                    if (entered is null) return notReported;
                    return entered.NotApplicable || entered.Value is null ? NotApplicable(entered.Record) : Value(entered.Value.Value, entered.Record);
                }
                case { Kind: SourceRef.Metric, Name: Metrics.TargetsAchieved }:
                    return Targets.Count == 0 ? NotApplicable()
                        : Value(100m * Targets.Count(t => t.Status == "Achieved") / Targets.Count,
                            $"targets:{Targets.Count(t => t.Status == "Achieved")}/{Targets.Count}");
                case { Kind: SourceRef.Metric, Name: Metrics.PlanCascaded, Parameter: var number }:
                {
                    var plan = Plans.Where(p => p.ParentPlanNumbers.Contains(number ?? "") && p.IssuedOn <= To).MinBy(p => p.IssuedOn);
                    return plan is null ? Value(0, "plan:none") : Value(100, $"plan:{plan.PlanId}");
                }
                case { Kind: SourceRef.Metric, Name: Metrics.ReportsOnTime }:
                {
                    var resolved = InPeriod(FactKinds.ReportResolved).ToList();
                    return resolved.Count == 0 ? NotApplicable()
                        : Value(100m * resolved.Sum(f => f.Value) / resolved.Count, $"reports:{resolved.Sum(f => f.Value):0}/{resolved.Count}");
                }
                case { Kind: SourceRef.Metric, Name: Metrics.Incidents, Parameter: var year }:
                {
                    var count = InPeriod(FactKinds.ReportVerified).Count();
                    if (year is null) return Value(count, $"incidents:{count}");
                    var baseYear = int.Parse(year, CultureInfo.InvariantCulture);
                    var baseline = Facts.Count(f => f.Kind == FactKinds.ReportVerified && f.On.Year == baseYear);
                    return baseline == 0 ? NotApplicable($"incidents:{count};baseline:{baseYear}:0")
                        : Value(100m * count / baseline, $"incidents:{count};baseline:{baseYear}:{baseline}");
                }
                case { Kind: SourceRef.Metric, Name: Metrics.RelapseRate }:
                {
                    var verified = InPeriod(FactKinds.ReportVerified).Count();
                    var relapses = InPeriod(FactKinds.Relapse).Count();
                    return verified == 0 ? NotApplicable() : Value(100m * relapses / verified, $"relapses:{relapses}/{verified}");
                }
                case { Kind: SourceRef.Metric, Name: Metrics.Commendations }:
                {
                    var decisions = InPeriod(FactKinds.Commendation).ToList();
                    return Value(decisions.Sum(f => f.Value), "decisions:" + string.Join(',', decisions.Select(d => d.Record.Replace("decision:", ""))));
                }
                default:
                    return notReported;
            }
        }
    }
}
