namespace WardPlatform.AppHost.Hosting;

public enum ResourceState { Waiting, Starting, Running, Exited, Restarting, Stopping, Stopped, Failed }

public sealed record ResourceSnapshot(string Name, string Kind, string State, int? Pid, string? Address, string Health, int Restarts);

/// <summary>Something the AppHost starts, watches and stops: a server, a database or a project.</summary>
public abstract class Resource(string name)
{
    private readonly TaskCompletionSource _healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;
    public abstract string Kind { get; }
    public ResourceState State { get; private set; } = ResourceState.Waiting;
    public int? Pid { get; private set; }
    public string? Address { get; protected set; }
    public string Health { get; private set; } = "-";
    public int Restarts { get; private set; }
    /// <summary>Resources that must be healthy before this one starts.</summary>
    public List<Resource> WaitsFor { get; } = [];
    /// <summary>Completes the first time the resource reports healthy; faults if it fails to start.</summary>
    public Task WhenHealthy => _healthy.Task;

    internal event Action? Changed;

    /// <summary>Debian packages this resource needs and the machine lacks (installed on first run).</summary>
    public virtual IEnumerable<string> MissingPackages => [];

    internal abstract Task StartAsync(HostingContext context, CancellationToken ct);
    internal abstract Task StopAsync();

    public ResourceSnapshot Snapshot() => new(Name, Kind, State.ToString(), Pid, Address, Health, Restarts);

    protected void SetState(ResourceState state, int? pid = null)
    {
        State = state;
        Pid = pid ?? (state is ResourceState.Exited or ResourceState.Stopped or ResourceState.Failed or ResourceState.Restarting ? null : Pid);
        if (state is not (ResourceState.Running or ResourceState.Starting)) Health = "-";
        Changed?.Invoke();
    }

    protected void SetHealth(bool healthy)
    {
        var health = healthy ? "Healthy" : "Unhealthy";
        if (healthy) _healthy.TrySetResult();
        if (Health == health) return;
        Health = health;
        Changed?.Invoke();
    }

    protected void CountRestart()
    {
        Restarts++;
        Changed?.Invoke();
    }

    /// <summary>Probes while the resource runs: every 300 ms until healthy, then every 5 s.</summary>
    protected async Task WatchHealthAsync(Func<CancellationToken, Task<bool>> probe, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested && State == ResourceState.Running)
        {
            SetHealth(await probe(ct));
            await Task.Delay(Health == "Healthy" ? TimeSpan.FromSeconds(5) : TimeSpan.FromMilliseconds(300), ct)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    internal void Fail(Exception error)
    {
        SetState(ResourceState.Failed);
        _healthy.TrySetException(error);
    }
}

/// <summary>A resource others reach with a connection string: injected as ConnectionStrings__{name}.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }
    string GetConnectionString();
}
