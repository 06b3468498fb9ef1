namespace WardPlatform.Targets.Status;

/// <summary>Runs the status sweep at start and then every <c>Targets:SweepInterval</c> (a day by default), on the injected clock.</summary>
public sealed class DailyStatusSweep(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<DailyStatusSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Targets:SweepInterval", TimeSpan.FromDays(1));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<StatusSweeper>().SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Status sweep failed; it runs again at the next interval");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
