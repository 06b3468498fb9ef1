using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using WardPlatform.LocalServers;

namespace WardPlatform.Testing;

public sealed record ResourceRow(string Name, string Kind, string State, int? Pid, string? Address, string Health, int Restarts);

/// <summary>
/// The AppHost as a person runs it: its own process, its own PostgreSQL and RabbitMQ, a state directory,
/// a gateway port and a dashboard port chosen for the test.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public int GatewayPort { get; }
    public int DashboardPort { get; }
    public string StateDirectory { get; }
    public HttpClient Gateway { get; }
    public HttpClient Dashboard { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    private AppHostProcess(string stateDirectory, IDictionary<string, string>? environment, bool throughDotnetRun, int? gatewayPort)
    {
        StateDirectory = stateDirectory;
        GatewayPort = gatewayPort ?? FreePort.Next();
        DashboardPort = FreePort.Next();
        var dll = Path.Combine(Repository.Root, "AppHost", "bin", Repository.BuildConfiguration, "net10.0", "WardPlatform.AppHost.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Repository.Root,
        };
        if (throughDotnetRun)
            foreach (var argument in new[] { "run", "--no-build", "-c", Repository.BuildConfiguration, "--project", Path.Combine(Repository.Root, "AppHost") })
                start.ArgumentList.Add(argument);
        else
            start.ArgumentList.Add(dll);
        start.Environment["WARD_STATE_DIR"] = stateDirectory;
        start.Environment["WARD_GATEWAY_PORT"] = GatewayPort.ToString();
        start.Environment["WARD_DASHBOARD_PORT"] = DashboardPort.ToString();
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Gateway = new HttpClient { BaseAddress = new Uri($"http://localhost:{GatewayPort}"), Timeout = TimeSpan.FromSeconds(30) };
        Dashboard = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{DashboardPort}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public static string NewStateDirectory() => Path.Combine(Path.GetTempPath(), "ward-apphost-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Starts the AppHost and waits until every resource reports healthy; returns how long that took.</summary>
    /// <param name="environment">Extra variables, e.g. ConnectionStrings__postgres for external servers.</param>
    /// <param name="gatewayPort">The gateway's port; the same port again keeps the issuer (and so sessions) of an earlier run.</param>
    /// <param name="throughDotnetRun">Start it as the README says, `dotnet run --project AppHost`, rather than its dll.</param>
    public static async Task<(AppHostProcess AppHost, TimeSpan Startup)> StartAsync(string stateDirectory,
        IDictionary<string, string>? environment = null, bool throughDotnetRun = false, int? gatewayPort = null)
    {
        var clock = Stopwatch.StartNew();
        var appHost = new AppHostProcess(stateDirectory, environment, throughDotnetRun, gatewayPort);
        try
        {
            await Eventually.HoldsAsync(async () =>
            {
                if (appHost.HasExited) throw new InvalidOperationException("The AppHost exited while starting:\n" + appHost.Output);
                var rows = await appHost.TryResourcesAsync();
                return rows.Length > 0 && rows.All(r => r.Health == "Healthy");
            }, TimeSpan.FromSeconds(180), "every resource healthy");
        }
        catch (Exception e)
        {
            await appHost.DisposeAsync();
            throw new InvalidOperationException($"{e.Message}\nAppHost output:\n{appHost.Output}", e);
        }
        return (appHost, clock.Elapsed);
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public async Task<ResourceRow[]> ResourcesAsync() =>
        (await Dashboard.GetFromJsonAsync<ResourceRow[]>("/api/resources"))!;

    private async Task<ResourceRow[]> TryResourcesAsync()
    {
        try { return await ResourcesAsync(); }
        catch (HttpRequestException) { return []; }
        catch (TaskCanceledException) { return []; }
    }

    /// <summary>Sends SIGTERM to the started process (the AppHost, or `dotnet run`) and waits for it to exit.</summary>
    public async Task<TimeSpan> StopAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        Posix.Signal(_process.Id, Posix.SIGTERM);
        using var timeout = new CancellationTokenSource(limit);
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { }
        return clock.Elapsed;
    }

    /// <summary>Every live process started, directly or not, by the AppHost (postgres daemonises: read its pid apart).</summary>
    public int[] Descendants()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1]);
            }
            catch (IOException) { }
        }
        var result = new List<int>();
        var frontier = new Queue<int>([_process.Id]);
        while (frontier.Count > 0)
        {
            var parent = frontier.Dequeue();
            foreach (var child in parents.Where(p => p.Value == parent).Select(p => p.Key))
            {
                result.Add(child);
                frontier.Enqueue(child);
            }
        }
        return result.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await StopAsync(TimeSpan.FromSeconds(20));
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        Gateway.Dispose();
        Dashboard.Dispose();
    }
}
