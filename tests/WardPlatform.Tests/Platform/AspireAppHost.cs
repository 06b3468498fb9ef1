using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.LocalServers;

namespace WardPlatform.Tests.Platform;

/// <summary>A resource as the Aspire dashboard shows it: its type, state, process and health.</summary>
public sealed record ResourceRow(string Name, string Kind, string State, int? Pid, string Health);

/// <summary>
/// The real AppHost (Program.cs of AppHost/) started in this test process through Aspire.Hosting.Testing: DCP runs
/// every service and the gateway, our resources run PostgreSQL and RabbitMQ, as `dotnet run --project AppHost` does.
/// </summary>
public sealed class AspireAppHost : IAsyncDisposable
{
    private readonly DistributedApplication _app;

    public int GatewayPort { get; }
    public string StateDirectory { get; }
    public HttpClient Gateway { get; }

    private AspireAppHost(DistributedApplication app, int gatewayPort, string stateDirectory)
    {
        _app = app;
        GatewayPort = gatewayPort;
        StateDirectory = stateDirectory;
        Gateway = new HttpClient { BaseAddress = new Uri($"http://localhost:{gatewayPort}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <param name="environment">Variables every project gets on top of what the AppHost gives it.</param>
    /// <param name="configure">Changes to the application model before it is built (e.g. one project's broker through a proxy).</param>
    public static async Task<(AspireAppHost AppHost, TimeSpan Startup)> StartAsync(string stateDirectory,
        IDictionary<string, string> environment, CancellationToken ct, Action<IDistributedApplicationTestingBuilder>? configure = null)
    {
        var clock = Stopwatch.StartNew();
        var gatewayPort = FreePort.Next();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [$"--WARD_STATE_DIR={stateDirectory}", $"--WARD_GATEWAY_PORT={gatewayPort}"],
            (options, _) => options.DisableDashboard = true, ct);
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            var resource = builder.CreateResourceBuilder(project);
            foreach (var (key, value) in environment) resource.WithEnvironment(key, value);
        }
        configure?.Invoke(builder);
        var app = await builder.BuildAsync(ct);
        var appHost = new AspireAppHost(app, gatewayPort, stateDirectory);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(600)); // a loaded 2-core machine takes minutes
            await app.StartAsync(timeout.Token);
            await appHost.WaitUntilHealthyAsync(timeout.Token);
        }
        catch
        {
            await appHost.DisposeAsync();
            throw;
        }
        return (appHost, clock.Elapsed);
    }

    /// <summary>The management API of the platform's own RabbitMQ (guest:guest).</summary>
    public Uri BrokerManagementApi => new($"http://127.0.0.1:{_app.Services.GetRequiredService<DistributedApplicationModel>()
        .Resources.OfType<WardPlatform.AppHost.LocalServers.LocalRabbitMqResource>().Single().ManagementPort}/");

    /// <summary>A resource's connection string as the AppHost gives it to the services (e.g. "plansdb").</summary>
    public async Task<string> ConnectionStringAsync(string resourceName, CancellationToken ct) =>
        await _app.GetConnectionStringAsync(resourceName, ct) ?? throw new InvalidOperationException($"{resourceName} has no connection string.");

    /// <summary>Every log line every resource has written so far (DCP keeps the projects' console output), by resource.</summary>
    public async Task<List<(string Resource, string Line)>> LogLinesAsync(CancellationToken ct)
    {
        var logs = _app.Services.GetRequiredService<ResourceLoggerService>();
        var lines = new List<(string, string)>();
        foreach (var resource in _app.Services.GetRequiredService<DistributedApplicationModel>().Resources)
            await foreach (var batch in logs.GetAllAsync(resource).WithCancellation(ct))
                lines.AddRange(batch.Select(l => (resource.Name, l.Content)));
        return lines;
    }

    public ResourceNotificationService Notifications => _app.Services.GetRequiredService<ResourceNotificationService>();

    /// <summary>Waits until every resource that has health checks reports healthy.</summary>
    public Task WaitUntilHealthyAsync(CancellationToken ct) =>
        Task.WhenAll(_app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(r => r.Annotations.OfType<HealthCheckAnnotation>().Any())
            .Select(r => Notifications.WaitForResourceHealthyAsync(r.Name, ct)));

    public ResourceRow Resource(string name)
    {
        if (!Notifications.TryGetCurrentState(name, out var update)) throw new InvalidOperationException($"No resource named {name}.");
        var snapshot = update.Snapshot;
        var pid = snapshot.Properties.FirstOrDefault(p => p.Name is "executable.pid" or "pid")?.Value?.ToString();
        int? process = int.TryParse(pid, out var p) && p > 0 ? ServiceProcessUnder(p) : null;
        return new ResourceRow(name, snapshot.ResourceType, snapshot.State?.Text ?? "", process, snapshot.HealthStatus?.ToString() ?? "");
    }

    /// <summary>
    /// The AppHost has DCP start a built project as `dotnet exec <dll>`: the pid DCP reports is the service's. Under
    /// Aspire's default `dotnet run --no-build` (a project not built yet) it is the launcher's, and the service is its
    /// child whose command names a WardPlatform executable.
    /// </summary>
    private static int ServiceProcessUnder(int launcher)
    {
        foreach (var dir in System.IO.Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var candidate)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
                if (parent == launcher && Posix.CommandLine(candidate).Split(' ')[0].Contains("WardPlatform.")) return candidate;
            }
            catch (IOException) { }
        }
        return launcher;
    }

    public async ValueTask DisposeAsync()
    {
        Gateway.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await _app.StopAsync(timeout.Token); } catch (OperationCanceledException) { }
        await _app.DisposeAsync();
    }
}
