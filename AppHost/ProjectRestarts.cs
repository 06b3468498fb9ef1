using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WardPlatform.AppHost;

/// <summary>
/// A service that crashes (or is killed) is started again, with back-off (1 s, 2 s, 4 s … 30 s): DCP runs a project
/// once and leaves it exited. The restart goes through the dashboard's own restart command.
/// </summary>
internal sealed class ProjectRestarts(
    ResourceNotificationService notifications, ResourceCommandService commands, IHostApplicationLifetime lifetime,
    ILogger<ProjectRestarts> logger) : BackgroundService
{
    private readonly Dictionary<string, int> _restarts = [];
    private readonly HashSet<string> _pending = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                if (update.Resource is not ProjectResource project || lifetime.ApplicationStopping.IsCancellationRequested) continue;
                var state = update.Snapshot.State?.Text;
                if (state == KnownResourceStates.Running && update.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
                    _restarts[project.Name] = 0;
                if (state != KnownResourceStates.Exited && state != KnownResourceStates.Finished) continue;
                if (update.Snapshot.ExitCode == 0 && state == KnownResourceStates.Finished) continue;
                if (!_pending.Add(project.Name)) continue;
                _ = RestartAsync(project, stoppingToken);
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task RestartAsync(ProjectResource project, CancellationToken ct)
    {
        var attempt = _restarts.GetValueOrDefault(project.Name) + 1;
        _restarts[project.Name] = attempt;
        var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(attempt - 1, 5))));
        logger.LogWarning("{Resource} exited; starting it again in {Delay} s (restart {Attempt})", project.Name, delay.TotalSeconds, attempt);
        try
        {
            await Task.Delay(delay, ct);
            if (lifetime.ApplicationStopping.IsCancellationRequested) return;
            var result = await commands.ExecuteCommandAsync(project, KnownResourceCommands.StartCommand, ct);
            if (!result.Success) logger.LogError("{Resource} could not be started again: {Error}", project.Name, result.Message);
        }
        catch (OperationCanceledException) { }
        finally
        {
            _pending.Remove(project.Name);
        }
    }
}

internal static class ProjectRestartsExtensions
{
    public static IDistributedApplicationBuilder RestartProjectsThatExit(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ProjectRestarts>();
        return builder;
    }
}
