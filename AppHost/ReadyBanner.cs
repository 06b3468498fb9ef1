using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WardPlatform.AppHost;

/// <summary>
/// Once every resource is healthy, prints the platform's address, the dashboard's login link and the notes (the demo
/// accounts): "WardPlatform đang chạy" is the line scripts and tests wait for.
/// </summary>
internal sealed class ReadyBanner(
    DistributedApplicationModel model, ResourceNotificationService notifications, IConfiguration configuration,
    PlatformSettings settings, IEnumerable<Func<string?>> notes, ILogger<ReadyBanner> logger) : BackgroundService
{
    public const string ReadyLine = "WardPlatform đang chạy";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(model.Resources.Where(r => r.Annotations.OfType<HealthCheckAnnotation>().Any())
                .Select(r => notifications.WaitForResourceHealthyAsync(r.Name, stoppingToken)));
        }
        catch (OperationCanceledException) { return; }

        logger.LogInformation("All {Count} resources healthy in {Seconds:0.0} s", model.Resources.Count, clock.Elapsed.TotalSeconds);
        var dashboard = configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        var token = configuration["AppHost:BrowserToken"];
        var login = dashboard is null ? "(tắt)" : token is null ? dashboard : $"{dashboard.TrimEnd('/')}/login?t={token}";
        Console.Out.Write(
            $"\n  {ReadyLine} — mở trình duyệt: http://localhost:{settings.GatewayPort}\n" +
            $"  Aspire dashboard: {login} · Ctrl+C để dừng\n\n" +
            string.Concat(notes.Select(note => note()).Where(note => note is not null)));
        await Console.Out.FlushAsync(stoppingToken);
    }
}

/// <summary>
/// `dotnet run` does not pass SIGTERM on to the program it runs: when it (or whatever started the AppHost) is gone,
/// the AppHost would be orphaned with every resource running. So it stops itself.
/// </summary>
internal sealed class StopWhenParentExits(IHostApplicationLifetime lifetime, ILogger<StopWhenParentExits> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parent = WardPlatform.LocalServers.Posix.ParentPid;
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await Task.Delay(500, stoppingToken); } catch (OperationCanceledException) { return; }
            if (WardPlatform.LocalServers.Posix.ParentPid == parent) continue;
            logger.LogWarning("The process that started the AppHost has exited: stopping");
            lifetime.StopApplication();
            return;
        }
    }
}
