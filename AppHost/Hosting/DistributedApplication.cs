using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace WardPlatform.AppHost.Hosting;

/// <summary>
/// Starts every resource once what it waits for is healthy, shows the resource table and a dashboard,
/// and on Ctrl+C or SIGTERM stops projects first and servers last, leaving no process behind.
/// </summary>
public sealed class DistributedApplication
{
    private readonly DistributedApplicationBuilder _builder;
    private readonly ResourceTable _table;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        _builder = builder;
        _table = new ResourceTable(builder.Resources);
    }

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    public async Task RunAsync()
    {
        using var shutdown = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; shutdown.Cancel(); });
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; shutdown.Cancel(); });
        _ = StopWhenParentExitsAsync(shutdown);

        using var loggerFactory = LoggerFactory.Create(logging => logging
            .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
            .SetMinimumLevel(LogLevel.Information));
        var logger = loggerFactory.CreateLogger("apphost");
        Directory.CreateDirectory(_builder.StateDirectory);
        var context = new HostingContext(_builder.RepositoryRoot, _builder.StateDirectory, _builder.BuildConfiguration,
            _builder.Configuration["ASPNETCORE_ENVIRONMENT"] ?? _builder.Configuration["DOTNET_ENVIRONMENT"] ?? "Development",
            _builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"], loggerFactory);
        logger.LogInformation("State directory: {StateDirectory}", context.StateDirectory);
        if (!CanInstallWhatIsMissing(logger)) return;

        foreach (var project in _builder.Resources.OfType<ProjectResource>()) project.AllocatePort();
        var dashboard = await Dashboard.StartAsync(_builder.DashboardPort, _builder.Resources, shutdown.Token);
        logger.LogInformation("Dashboard: {Url}", dashboard.Url);
        _table.Start();

        var clock = Stopwatch.StartNew();
        var starts = _builder.Resources.Select(r => StartWhenReadyAsync(r, context, logger, shutdown.Token)).ToList();
        _ = ReportWhenAllHealthyAsync(clock, dashboard.Url, logger, shutdown.Token);

        await Task.Delay(Timeout.Infinite, shutdown.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        logger.LogInformation("Stopping…");
        var stopClock = Stopwatch.StartNew();
        await Task.WhenAll(starts).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Task.WhenAll(_builder.Resources.OfType<ProjectResource>().Select(r => r.StopAsync()));
        await Task.WhenAll(_builder.Resources.Where(r => r is not ProjectResource).Select(r => r.StopAsync()));
        _table.Stop();
        await dashboard.DisposeAsync();
        logger.LogInformation("Stopped in {Seconds:0.0} s", stopClock.Elapsed.TotalSeconds);
    }

    /// <summary>Root installs what is missing on first run; anyone else gets the one command that would.</summary>
    private bool CanInstallWhatIsMissing(ILogger logger)
    {
        var missing = _builder.Resources.SelectMany(r => r.MissingPackages).Distinct().ToList();
        if (missing.Count == 0) return true;
        var command = "apt-get install -y " + string.Join(' ', missing);
        if (WardPlatform.LocalServers.Posix.IsRoot)
        {
            logger.LogWarning("First run: installing {Packages} from Debian's packages ({Command})", string.Join(", ", missing), command);
            return true;
        }
        Console.Error.WriteLine(
            $"\nPostgreSQL and RabbitMQ run from Debian's packages, and this machine lacks: {string.Join(", ", missing)}.\n" +
            $"Run once, then start again:\n\n    sudo {command}\n\n" +
            "Or point the AppHost at existing servers with ConnectionStrings__postgres and ConnectionStrings__eventbus (see README).\n");
        Environment.ExitCode = 1;
        return false;
    }

    /// <summary>
    /// `dotnet run` does not pass SIGTERM on to the program it runs: when it (or whatever started the
    /// AppHost) is gone, the AppHost would be orphaned with every resource running. So it stops itself.
    /// </summary>
    private static async Task StopWhenParentExitsAsync(CancellationTokenSource shutdown)
    {
        var parent = WardPlatform.LocalServers.Posix.ParentPid;
        while (!shutdown.IsCancellationRequested)
        {
            await Task.Delay(500);
            if (WardPlatform.LocalServers.Posix.ParentPid != parent)
            {
                ResourceLog.Write("apphost", "the process that started the AppHost has exited: stopping");
                shutdown.Cancel();
            }
        }
    }

    private static async Task StartWhenReadyAsync(Resource resource, HostingContext context, ILogger logger, CancellationToken ct)
    {
        try
        {
            foreach (var dependency in resource.WaitsFor) await dependency.WhenHealthy.WaitAsync(ct);
            await resource.StartAsync(context, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        catch (Exception e)
        {
            logger.LogError("{Resource} failed to start: {Error}", resource.Name, e.Message);
            resource.Fail(e);
        }
    }

    private async Task ReportWhenAllHealthyAsync(Stopwatch clock, string dashboardUrl, ILogger logger, CancellationToken ct)
    {
        try
        {
            await Task.WhenAll(_builder.Resources.Select(r => r.WhenHealthy)).WaitAsync(ct);
            logger.LogInformation("All {Count} resources healthy in {Seconds:0.0} s", _builder.Resources.Count, clock.Elapsed.TotalSeconds);
            ResourceLog.WriteBlock(
                $"\n  WardPlatform đang chạy — mở trình duyệt: http://localhost:{_builder.GatewayPort}\n" +
                $"  Dashboard: {dashboardUrl} · Ctrl+C để dừng\n\n" +
                string.Concat(_builder.ReadyNotes.Select(note => note()).Where(note => note is not null)));
        }
        catch (OperationCanceledException) { }
        catch (Exception e)
        {
            logger.LogError("The platform did not come up: {Error}", e.Message);
        }
    }
}
