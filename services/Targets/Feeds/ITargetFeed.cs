using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Feeds;

/// <summary>
/// A computed target's source: which event may change it, and how its value is computed from the facts this
/// service keeps. A target opts in with Source "Computed:&lt;Name&gt;"; the feed's values become progress reports
/// (so they have a history, a status and ProgressRecorded events like typed ones).
/// </summary>
public interface ITargetFeed
{
    /// <summary>The name after "Computed:" in a target's source, e.g. "cascade-plans".</summary>
    string Name { get; }
    /// <summary>What the value is, in Vietnamese (shown as the computed reports' note).</summary>
    string Description { get; }
    /// <summary>The integration event the feed listens to.</summary>
    Type Event { get; }
    /// <summary>The feed's targets that <paramref name="message"/> (an <see cref="Event"/>) may change.</summary>
    Task<IReadOnlyList<Target>> AffectedByAsync(object message, CancellationToken ct);
    /// <summary>The target's value now, from stored facts.</summary>
    Task<decimal> ValueOfAsync(Target target, CancellationToken ct);
}

/// <summary>Typed base for a feed listening to <typeparamref name="TEvent"/>.</summary>
public abstract class TargetFeed<TEvent> : ITargetFeed where TEvent : class
{
    public abstract string Name { get; }
    public abstract string Description { get; }
    public Type Event => typeof(TEvent);
    public Task<IReadOnlyList<Target>> AffectedByAsync(object message, CancellationToken ct) => AffectedByAsync((TEvent)message, ct);
    protected abstract Task<IReadOnlyList<Target>> AffectedByAsync(TEvent message, CancellationToken ct);
    public abstract Task<decimal> ValueOfAsync(Target target, CancellationToken ct);
}
