using WardPlatform.Contracts.Events;
using WardPlatform.Messaging;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Feeds;
using WardPlatform.Targets.IssuedPlans;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Registration;

/// <summary>Registers a target against an issued plan: its period, its first status, TargetRegistered, and a computed target's first value.</summary>
public sealed class TargetRegistrar(TargetsDbContext db, TargetStatusUpdater statuses, TargetFeeds feeds, TimeProvider clock)
{
    public async Task<Target> RegisterAsync(IssuedPlan plan, TargetDefinition definition, int ordinal, CancellationToken ct)
    {
        var (from, to) = PeriodOf(plan, definition);
        var now = clock.GetUtcNow();
        var target = new Target
        {
            Id = definition.Id,
            PlanId = plan.PlanId,
            Ordinal = ordinal,
            TenantCode = plan.TenantCode,
            ProvinceCode = plan.ProvinceCode,
            Text = definition.Text,
            Kind = definition.Kind,
            Value = definition.Value,
            Unit = definition.Unit,
            UpperValue = definition.UpperValue,
            BaselineYear = definition.BaselineYear,
            BaselineValue = definition.BaselineValue,
            OutOf = definition.OutOf,
            Stages = definition.Stages ?? [],
            Split = definition.Split ?? [],
            ThemeNumber = definition.ThemeNumber,
            OwnerUnit = definition.OwnerUnit,
            OwnerPerson = definition.OwnerPerson,
            PeriodFrom = from,
            PeriodTo = to,
            Source = definition.Source,
            RegisteredAt = now,
            StatusReason = "",
        };
        statuses.Initialise(target, []);
        db.Targets.Add(target);
        db.PublishOnCommit(new TargetRegistered(target.Id, target.PlanId, target.TenantCode, target.ProvinceCode,
            target.Kind.ToString(), target.Text, target.OwnerUnit, now));
        if (target.FeedName is not null) await feeds.SeedAsync(target, ct);
        return target;
    }

    /// <summary>The target's own dates, else the plan's period, else the calendar year the plan was issued in.</summary>
    public static (DateOnly From, DateOnly To) PeriodOf(IssuedPlan plan, TargetDefinition definition)
    {
        var year = plan.IssuedOn.Year;
        var to = definition.PeriodTo ?? plan.PeriodEnd ?? new DateOnly(year, 12, 31);
        var from = definition.PeriodFrom ?? plan.PeriodStart ?? new DateOnly(year, 1, 1);
        if (from >= to) from = new DateOnly(to.Year, 1, 1) < to ? new DateOnly(to.Year, 1, 1) : to.AddDays(-1);
        return (from, to);
    }
}
