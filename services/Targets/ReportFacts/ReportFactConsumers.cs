using WardPlatform.Contracts.Events;
using WardPlatform.Messaging.Inbox;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Feeds;

namespace WardPlatform.Targets.ReportFacts;

/// <summary>Keeps the resolution of each report (the latest, if reopened and resolved again) and feeds the on-time targets.</summary>
public sealed class ReportResolvedConsumer(TargetsDbContext db, TargetFeeds feeds) : InboxConsumer<ReportResolved, TargetsDbContext>(db)
{
    protected override async Task HandleAsync(ReportResolved message, CancellationToken ct)
    {
        var fact = await Db.ReportFacts.FindAsync([message.ReportId], ct) ?? Db.ReportFacts.Add(new ReportFact
        {
            ReportId = message.ReportId, TenantCode = message.TenantCode, ProvinceCode = message.ProvinceCode, CategoryCode = message.CategoryCode,
        }).Entity;
        fact.ResolvedOn = DateOnly.FromDateTime(message.ResolvedAt.ToOffset(TimeSpan.FromHours(7)).DateTime);
        fact.OnTime = message.OnTime;
        await Db.SaveChangesAsync(ct);
        await feeds.ApplyAsync(message, ct);
    }
}

/// <summary>Keeps each verified report (one incident: duplicates are never verified) and feeds the incident-count targets.</summary>
public sealed class ReportVerifiedConsumer(TargetsDbContext db, TargetFeeds feeds) : InboxConsumer<ReportVerified, TargetsDbContext>(db)
{
    protected override async Task HandleAsync(ReportVerified message, CancellationToken ct)
    {
        var fact = await Db.ReportFacts.FindAsync([message.ReportId], ct) ?? Db.ReportFacts.Add(new ReportFact
        {
            ReportId = message.ReportId, TenantCode = message.TenantCode, ProvinceCode = message.ProvinceCode, CategoryCode = message.CategoryCode,
        }).Entity;
        fact.ReceivedOn = message.ReceivedOn;
        fact.VerifiedOn = DateOnly.FromDateTime(message.VerifiedAt.ToOffset(TimeSpan.FromHours(7)).DateTime);
        await Db.SaveChangesAsync(ct);
        await feeds.ApplyAsync(message, ct);
    }
}
