using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using WardPlatform.LocalServers;

namespace WardPlatform.AppHost.LocalServers;

/// <summary>A server process the supervisor started: its pid (null once it is gone) and how to stop it.</summary>
internal sealed record RunningServer(Func<int?> Pid, Func<Task> StopAsync)
{
    /// <summary>An existing server the AppHost did not start: nothing to watch or stop; its health check tells.</summary>
    public static RunningServer External { get; } = new(() => 0, () => Task.CompletedTask);
}

/// <summary>
/// Runs one local server for its resource and shows it in the dashboard as a container resource would be shown:
/// state, pid, restarts and connection string. A server that dies (kill -9) is started again, with back-off;
/// dependants see the resource unhealthy meanwhile (its health check fails), then healthy again.
/// </summary>
internal sealed class ServerSupervisor(
    IResource resource,
    string resourceType,
    Func<ILogger, CancellationToken, Task<RunningServer>> start,
    Func<ILogger, CancellationToken, Task> afterStart,
    IReadOnlyList<IResource> children,
    ResourceNotificationService notifications,
    ILogger logger)
{
    private Task _run = Task.CompletedTask;

    public void Start(CancellationToken stopping) => _run = RunAsync(stopping);

    /// <summary>Waits for the server to be stopped (it stops when <c>stopping</c> is cancelled).</summary>
    public Task Stopped => _run;

    private async Task RunAsync(CancellationToken stopping)
    {
        var restarts = 0;
        RunningServer? server = null;
        while (!stopping.IsCancellationRequested)
        {
            await PublishAsync(restarts == 0 ? KnownResourceStates.Starting : "Restarting", null, restarts);
            try
            {
                server = await start(logger, stopping);
                await afterStart(logger, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError("{Resource} failed to start: {Error}", resource.Name, e.Message);
                await PublishAsync(KnownResourceStates.FailedToStart, null, restarts);
                if (server is not null) await server.StopAsync();
                server = null;
                await DelayAsync(Backoff(++restarts), stopping);
                continue;
            }

            await PublishAsync(KnownResourceStates.Running, server.Pid(), restarts);
            while (!stopping.IsCancellationRequested && server.Pid() is not null) await DelayAsync(TimeSpan.FromMilliseconds(500), stopping);
            if (stopping.IsCancellationRequested) break;

            restarts++;
            logger.LogWarning("{Resource} exited unexpectedly; starting it again (restart {Restarts})", resource.Name, restarts);
            await server.StopAsync(); // whatever it left (epmd, a half-dead postmaster)
            server = null;
            await DelayAsync(Backoff(restarts), stopping);
        }

        await PublishAsync(KnownResourceStates.Stopping, server?.Pid(), restarts);
        if (server is not null) await server.StopAsync();
        await PublishAsync(KnownResourceStates.Finished, null, restarts);
    }

    private static TimeSpan Backoff(int restarts) => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(restarts - 1, 5))));

    private static Task DelayAsync(TimeSpan delay, CancellationToken ct) =>
        Task.Delay(delay, ct).ContinueWith(_ => { }, TaskScheduler.Default);

    private async Task PublishAsync(string state, int? pid, int restarts)
    {
        var style = state == KnownResourceStates.Running ? KnownResourceStateStyles.Success
            : state == KnownResourceStates.FailedToStart ? KnownResourceStateStyles.Error
            : state == "Restarting" ? KnownResourceStateStyles.Warn : KnownResourceStateStyles.Info;
        foreach (var target in children.Prepend(resource))
        {
            var connectionString = target is IResourceWithConnectionString c
                ? await c.ConnectionStringExpression.GetValueAsync(CancellationToken.None) : null;
            await notifications.PublishUpdateAsync(target, snapshot => snapshot with
            {
                ResourceType = target == resource ? resourceType : "Database",
                State = new ResourceStateSnapshot(state, style),
                StartTimeStamp = state == KnownResourceStates.Running ? DateTime.UtcNow : snapshot.StartTimeStamp,
                StopTimeStamp = state == KnownResourceStates.Finished ? DateTime.UtcNow : null,
                Properties = snapshot.Properties.SetResourceProperty(CustomResourceKnownProperties.ConnectionString, connectionString ?? "", isSensitive: true)
                    .SetResourceProperty("pid", pid?.ToString() ?? "")
                    .SetResourceProperty("restarts", restarts.ToString()),
            });
        }
    }
}

internal static class ResourcePropertyExtensions
{
    public static ImmutableArray<ResourcePropertySnapshot> SetResourceProperty(this ImmutableArray<ResourcePropertySnapshot> properties,
        string name, object value, bool isSensitive = false) =>
        properties.RemoveAll(p => p.Name == name).Add(new ResourcePropertySnapshot(name, value) { IsSensitive = isSensitive });
}
