using WardPlatform.Http;
using WardPlatform.Contracts;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Progress;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Feeds;

/// <summary>The registry of feeds: finds them by name, runs those listening to an event, and records their values.</summary>
public sealed class TargetFeeds(IEnumerable<ITargetFeed> feeds, ProgressRecorder recorder, TimeProvider clock)
{
    public const string ReporterPrefix = "feed:";

    public IReadOnlyList<ITargetFeed> All { get; } = feeds.ToList();

    public ITargetFeed? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>"Manual", or "Computed:&lt;feed&gt;" for a feed this service has.</summary>
    public bool Knows(string source) =>
        source == Target.ManualSource || (ComputedTargetSources.FeedNameOf(source) is { } name && Find(name) is not null);

    /// <summary>Called by the consumer of <typeparamref name="TEvent"/>, inside its transaction.</summary>
    public async Task ApplyAsync<TEvent>(TEvent message, CancellationToken ct) where TEvent : class
    {
        foreach (var feed in All.Where(f => f.Event == typeof(TEvent)))
            foreach (var target in await feed.AffectedByAsync(message, ct))
                await RecordAsync(feed, target, ct);
    }

    /// <summary>A new computed target starts from what the facts already say.</summary>
    public async Task SeedAsync(Target target, CancellationToken ct)
    {
        if (target.FeedName is { } name && Find(name) is { } feed) await RecordAsync(feed, target, ct);
    }

    private async Task RecordAsync(ITargetFeed feed, Target target, CancellationToken ct)
    {
        if (target.Settled) return;
        var value = await feed.ValueOfAsync(target, ct);
        if (target.ReportCount > 0 && target.LatestValue == value) return;
        await recorder.RecordAsync(target, new ProgressReport
        {
            Id = Guid.CreateVersion7(),
            TargetId = target.Id,
            PlanId = target.PlanId,
            TenantCode = target.TenantCode,
            ProvinceCode = target.ProvinceCode,
            Value = value,
            ReportedOn = clock.Today(),
            Note = feed.Description,
            ReportedBy = ReporterPrefix + feed.Name,
            ReportedByName = "Tính tự động",
            RecordedAt = clock.GetUtcNow(),
        }, ct);
    }
}
