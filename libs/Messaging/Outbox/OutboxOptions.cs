namespace WardPlatform.Messaging.Outbox;

public sealed class OutboxOptions
{
    /// <summary>How often the sweeper looks for events a crash or a broker outage left behind.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long one publish may wait for the broker's confirm before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);
    public int BatchSize { get; set; } = 50;
    /// <summary>Pending events past which the service refuses new writes (503) until the broker drains them.</summary>
    public long MaxBacklog { get; set; } = 20_000;
}
