using WardPlatform.Commendations.Data;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging.Inbox;

namespace WardPlatform.Commendations.Rounds;

/// <summary>Keeps each issued plan's award quotas, so a round created for the plan starts with them.</summary>
public sealed class PlanIssuedConsumer(CommendationsDbContext db, TimeProvider clock) : InboxConsumer<PlanIssued, CommendationsDbContext>(db)
{
    protected override async Task HandleAsync(PlanIssued message, CancellationToken ct)
    {
        if (await Db.Plans.FindAsync([message.PlanId], ct) is not null) return;
        Db.Plans.Add(new PlanQuotas
        {
            PlanId = message.PlanId,
            TenantCode = message.TenantCode,
            ProvinceCode = message.ProvinceCode,
            Number = VietnameseText.Clean(message.Number)!,
            Title = VietnameseText.Clean(message.Title)!,
            PeriodStart = message.PeriodStart,
            PeriodEnd = message.PeriodEnd,
            Quotas = (message.AwardQuotas ?? []).Where(q => q.MaxCount > 0)
                .Select(q => new PlanQuota(q.AwardForm, q.RecipientKind, q.MaxCount, q.Occasion, VietnameseText.Clean(q.Text) ?? "")).ToList(),
            RecordedAt = clock.GetUtcNow(),
        });
    }
}
