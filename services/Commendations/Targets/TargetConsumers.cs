using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Data;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging.Inbox;

namespace WardPlatform.Commendations.Targets;

/// <summary>Keeps each registered target with its owner unit (the copy a rule's target share counts).</summary>
public sealed class TargetRegisteredConsumer(CommendationsDbContext db) : InboxConsumer<TargetRegistered, CommendationsDbContext>(db)
{
    protected override async Task HandleAsync(TargetRegistered message, CancellationToken ct)
    {
        var target = await Db.UnitTargets.FirstOrDefaultAsync(t => t.TargetId == message.TargetId, ct);
        if (target is null)
            Db.UnitTargets.Add(target = new UnitTarget
            {
                TargetId = message.TargetId, PlanId = message.PlanId, TenantCode = message.TenantCode, ProvinceCode = message.ProvinceCode,
                StatusAt = message.RegisteredAt,
            });
        target.Text = VietnameseText.Clean(message.Text);
        target.OwnerUnit = VietnameseText.Clean(message.OwnerUnit);
        target.OwnerFolded = target.OwnerUnit is { Length: > 0 } owner ? VietnameseText.Fold(owner) : null;
    }
}

/// <summary>Keeps a target's latest status; one that overtook its registration is kept until the registration names the owner.</summary>
public sealed class TargetStatusChangedConsumer(CommendationsDbContext db) : InboxConsumer<TargetStatusChanged, CommendationsDbContext>(db)
{
    protected override async Task HandleAsync(TargetStatusChanged message, CancellationToken ct)
    {
        var target = await Db.UnitTargets.FirstOrDefaultAsync(t => t.TargetId == message.TargetId, ct);
        if (target is null)
            Db.UnitTargets.Add(target = new UnitTarget
            {
                TargetId = message.TargetId, PlanId = message.PlanId, TenantCode = message.TenantCode, ProvinceCode = message.ProvinceCode,
                StatusAt = DateTimeOffset.MinValue,
            });
        if (message.ChangedAt < target.StatusAt) return; // an older change delivered late
        target.Status = message.To;
        target.StatusAt = message.ChangedAt;
    }
}
