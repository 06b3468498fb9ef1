using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Messaging.Inbox;
using WardPlatform.Targets.Data;

namespace WardPlatform.Targets.Status;

/// <summary>A closed plan settles its targets: achieved if met at closing, otherwise missed, for good.</summary>
public sealed class PlanClosedConsumer(TargetsDbContext db, TargetStatusUpdater updater) : InboxConsumer<PlanClosed, TargetsDbContext>(db)
{
    protected override async Task HandleAsync(PlanClosed message, CancellationToken ct)
    {
        if (await Db.IssuedPlans.FindAsync([message.PlanId], ct) is { } plan) plan.ClosedAt ??= message.ClosedAt;
        var targets = await Db.Targets.Where(t => t.PlanId == message.PlanId && !t.Settled).ToListAsync(ct);
        var readings = await updater.ReadingsOfAsync(targets.Select(t => t.Id).ToList(), ct);
        foreach (var target in targets)
            updater.Apply(target, readings.GetValueOrDefault(target.Id) ?? [], settle: true);
    }
}
