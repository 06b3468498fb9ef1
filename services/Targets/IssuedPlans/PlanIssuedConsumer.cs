using WardPlatform.Contracts.Events;
using WardPlatform.Messaging.Inbox;
using WardPlatform.Targets.Data;

namespace WardPlatform.Targets.IssuedPlans;

/// <summary>Records each issued plan so that targets can be registered against it.</summary>
public sealed class PlanIssuedConsumer(TargetsDbContext db, TimeProvider clock) : InboxConsumer<PlanIssued, TargetsDbContext>(db)
{
    protected override async Task HandleAsync(PlanIssued message, CancellationToken ct)
    {
        var existing = await Db.IssuedPlans.FindAsync([message.PlanId], ct);
        if (existing is not null)
        {
            existing.TimesRecorded++;
            return;
        }
        Db.IssuedPlans.Add(new IssuedPlan
        {
            PlanId = message.PlanId,
            TenantCode = message.TenantCode,
            ProvinceCode = message.ProvinceCode,
            Number = message.Number,
            Title = message.Title,
            IssuedOn = message.IssuedOn,
            IssuedAt = message.IssuedAt,
            RecordedAt = clock.GetUtcNow(),
            TimesRecorded = 1,
        });
    }
}
