using System.Net.Http.Json;
using Npgsql;
using WardPlatform.Contracts;
using WardPlatform.LocalServers;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Faults;

/// <summary>One fault: what it does to the running platform, and how to tell the part it hit is back.</summary>
public sealed record Fault(string Name, Func<CancellationToken, Task> Inject, Func<CancellationToken, Task> Recover);

/// <summary>
/// The faults of the fault run, injected into the platform the AppHost runs. Each recovery waits until the part is
/// back by itself (its resource restarted it, or the link was restored) and healthy: nothing here restarts anything.
/// </summary>
public sealed class PlatformFaults(RunningPlatform platform, MixedLoad load)
{
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan BackWithin = TimeSpan.FromSeconds(180);

    public Fault BrokerKilled() => KillServer(ResourceNames.EventBus, "RabbitMQ killed (SIGKILL)", Posix.SIGKILL);

    /// <summary>SIGQUIT to the postmaster is what `pg_ctl stop -m immediate` sends: no checkpoint, every backend cut off.</summary>
    /// The tests' own pooled connections died with it: they are dropped once it is back, or the next test to open one
    /// gets a dead connection (the forged-token test did, in CI, after the fault run).
    public Fault DatabaseStoppedImmediately()
    {
        var stopped = KillServer(ResourceNames.Postgres, "PostgreSQL stopped immediately", Posix.SIGQUIT);
        return stopped with
        {
            Recover = async ct =>
            {
                await stopped.Recover(ct);
                NpgsqlConnection.ClearAllPools();
            },
        };
    }

    public Fault ServiceKilled(string service) => KillServer(service, $"{service} killed (SIGKILL)", Posix.SIGKILL);

    public Fault BrokerLinkCut() => new("rankings ↔ RabbitMQ cut",
        _ => { platform.RankingsBrokerLink.Cut(); return Task.CompletedTask; },
        async ct =>
        {
            await Task.Delay(Hold, ct);
            platform.RankingsBrokerLink.Restore();
            await HealthyAsync(ResourceNames.Rankings, ct);
        });

    /// <summary>The broker killed while the chairman issues plans as fast as the platform answers.</summary>
    public Fault BrokerKilledDuringBurst()
    {
        var killed = KillServer(ResourceNames.EventBus, "RabbitMQ killed during a burst of publishes", Posix.SIGKILL);
        return killed with
        {
            Inject = async ct =>
            {
                var burst = Enumerable.Range(0, 20).Select(_ => load.IssuePlanAsync()).ToList();
                await Task.Delay(TimeSpan.FromMilliseconds(300), ct);
                await killed.Inject(ct);
                await Task.WhenAll(burst);
            },
        };
    }

    private Fault KillServer(string resource, string name, int signal)
    {
        int? before = null;
        return new Fault(name,
            _ =>
            {
                before = platform.AppHost.Resource(resource).Pid ?? throw new InvalidOperationException($"{resource} has no process");
                Posix.Signal(before.Value, signal);
                return Task.CompletedTask;
            },
            async ct =>
            {
                await Eventually.HoldsAsync(() => Task.FromResult<ResourceRow?>(platform.AppHost.Resource(resource)),
                    r => r is { State: "Running", Pid: not null } && r.Pid != before, BackWithin, $"{resource} started again by the AppHost", ct);
                await HealthyAsync(resource, ct);
            });
    }

    /// <summary>The part healthy again, and every service that depends on it (the gateway's /health).</summary>
    private async Task HealthyAsync(string resource, CancellationToken ct)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(platform.AppHost.Resource(resource).Health == "Healthy"), BackWithin, $"{resource} healthy", ct);
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await platform.AppHost.Gateway.GetAsync("/health", ct);
            var health = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct);
            return health.GetProperty("status").GetString() == "Healthy";
        }, BackWithin, "every service healthy", ct);
    }
}
