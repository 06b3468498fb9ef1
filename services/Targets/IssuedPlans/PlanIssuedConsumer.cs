using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging.Inbox;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Feeds;
using WardPlatform.Targets.Registration;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.IssuedPlans;

/// <summary>
/// Records each issued plan, registers the targets it carries (once each, by TargetId), and lets the feeds
/// listening to PlanIssued update their computed targets.
/// </summary>
public sealed class PlanIssuedConsumer(TargetsDbContext db, TimeProvider clock, TargetRegistrar registrar, TargetFeeds feeds,
    ILogger<PlanIssuedConsumer> logger) : InboxConsumer<PlanIssued, TargetsDbContext>(db)
{
    protected override async Task HandleAsync(PlanIssued message, CancellationToken ct)
    {
        var plan = await Db.IssuedPlans.FindAsync([message.PlanId], ct);
        if (plan is not null)
            plan.TimesRecorded++;
        else
        {
            plan = new IssuedPlan
            {
                PlanId = message.PlanId,
                TenantCode = message.TenantCode,
                ProvinceCode = message.ProvinceCode,
                Number = VietnameseText.Clean(message.Number)!,
                Title = VietnameseText.Clean(message.Title)!,
                IssuedOn = message.IssuedOn,
                IssuedAt = message.IssuedAt,
                PeriodStart = message.PeriodStart,
                PeriodEnd = message.PeriodEnd,
                ParentPlanNumbers = message.ParentPlanNumbers?.Select(n => VietnameseText.Clean(n)!).ToList() ?? [],
                Themes = message.Themes?.Select(t => new IssuedTheme(VietnameseText.Clean(t.Number) ?? "", VietnameseText.Clean(t.Title) ?? "")).ToList() ?? [],
                RecordedAt = clock.GetUtcNow(),
                TimesRecorded = 1,
            };
            Db.IssuedPlans.Add(plan);
        }
        // The feeds count stored plans: this one must be in the database (inside the inbox's transaction) first.
        await Db.SaveChangesAsync(ct);

        var seen = new HashSet<Guid>();
        foreach (var (planned, ordinal) in (message.Targets ?? []).Select((t, i) => (t, i)))
        {
            // Once per TargetId: already stored, or listed twice in this very message.
            if (!seen.Add(planned.TargetId) || await Db.Targets.AnyAsync(t => t.Id == planned.TargetId, ct)) continue;
            if (TargetDefinition.From(planned) is { } definition)
                await registrar.RegisterAsync(plan, KnownSource(definition, message.PlanId), ordinal, ct);
            else
                logger.LogWarning("Target {TargetId} of plan {PlanId} has an unknown kind {Kind}; not registered",
                    planned.TargetId, message.PlanId, planned.Kind);
        }
        await feeds.ApplyAsync(message, ct);
    }

    // A source named by a newer plans service, whose feed this service lacks: the target is kept, typed in by hand.
    private TargetDefinition KnownSource(TargetDefinition definition, Guid planId)
    {
        if (feeds.Knows(definition.Source)) return definition;
        logger.LogWarning("Target {TargetId} of plan {PlanId} names an unknown source {Source}; registered as manual",
            definition.Id, planId, definition.Source);
        return definition with { Source = Target.ManualSource };
    }
}
