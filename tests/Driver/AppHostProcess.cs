using System.Diagnostics;
using System.Text;
using WardPlatform.LocalServers;

namespace WardPlatform.Testing;

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
            // The AppHost prints its ready line once every resource (servers, services, gateway) is healthy.
            await Eventually.HoldsAsync(() =>
            {
                if (appHost.HasExited) throw new InvalidOperationException("The AppHost exited while starting:\n" + appHost.Output);
                return Task.FromResult(appHost.Output.Contains(ReadyLine));
            }, TimeSpan.FromSeconds(600), "every resource healthy");
        }
        catch (Exception e)
        {
            await appHost.DisposeAsync();
            throw new InvalidOperationException($"{e.Message}\nAppHost output:\n{appHost.Output}", e);
        }
        return (appHost, clock.Elapsed);
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>What the AppHost prints once everything is healthy.</summary>
    public const string ReadyLine = "WardPlatform đang chạy";

    /// <summary>The PostgreSQL postmaster the AppHost started (from its pid file in the state directory), if running.</summary>
    public int? PostgresPid => ReadPostmaster(0);

    /// <summary>The port of the PostgreSQL server the AppHost started.</summary>
    public int? PostgresPort => ReadPostmaster(3);

    private int? ReadPostmaster(int line)
    {
        var file = Path.Combine(StateDirectory, "postgres", "data", "postmaster.pid");
        try
        {
            var lines = File.ReadAllLines(file);
            return lines.Length > line && int.TryParse(lines[line].Trim(), out var value) ? value : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// The running process of a project, if any: `dotnet exec …/WardPlatform.Plans.dll` as the AppHost starts it, or
    /// its apphost executable (WardPlatform.Plans) under `dotnet run`.
    /// </summary>
    public int? ProjectPid(string resourceName)
    {
        var executable = "WardPlatform." + char.ToUpperInvariant(resourceName[0]) + resourceName[1..];
        return PlatformProcesses().Cast<int?>().FirstOrDefault(p =>
        {
            var words = Posix.CommandLine(p!.Value).Split(' ');
            return words[0].EndsWith("/" + executable)
                   || (words.Length > 2 && words[1] == "exec" && words[2].EndsWith("/" + executable + ".dll"));
        });
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

    /// <summary>The address a project listens on (ASPNETCORE_URLS as the AppHost gave it), e.g. http://localhost:40123.</summary>
    public string? ProjectUrl(string resourceName) =>
        ProjectPid(resourceName) is { } pid ? EnvironmentOf(pid, "ASPNETCORE_URLS")?.Split(';')[0] : null;

    /// <summary>The address the gateway was given for a service (services__plans__http__0): DCP's proxy in front of it.</summary>
    public string? ServiceAddressSeenByGateway(string resourceName) =>
        ProjectPid("gateway") is { } pid ? EnvironmentOf(pid, $"services__{resourceName}__http__0") : null;

    /// <summary>The AMQP port of the RabbitMQ node the AppHost started.</summary>
    public int? EventBusPort
    {
        get
        {
            var pidFile = Path.Combine(StateDirectory, "rabbitmq", "rabbitmq.pid");
            if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), out var beam)) return null;
            return int.TryParse(EnvironmentOf(beam, "RABBITMQ_NODE_PORT"), out var port) ? port : null;
        }
    }

    private static string? EnvironmentOf(int pid, string name)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0')
                .FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// Every live process of the platform: the AppHost's descendants, and DCP (Aspire's orchestrator, which detaches
    /// itself) with everything it started. PostgreSQL daemonises: read its pid apart (<see cref="PostgresPid"/>).
    /// </summary>
    public int[] PlatformProcesses()
    {
        var table = ProcessTable();
        var roots = new HashSet<int> { _process.Id };
        var kubeconfigs = table.Keys.Select(p => Posix.CommandLine(p)).Where(c => c.Contains("dcp start-apiserver") && c.Contains($"--monitor {_process.Id} "))
            .Select(c => c.Split(' ').SkipWhile(a => a != "--kubeconfig").Skip(1).FirstOrDefault()).Where(k => k is not null).ToList();
        foreach (var pid in table.Keys)
            if (kubeconfigs.Any(k => Posix.CommandLine(pid).Contains(k!))) roots.Add(pid);
        var result = new HashSet<int>(roots.Where(r => r != _process.Id));
        var frontier = new Queue<int>(roots);
        while (frontier.Count > 0)
        {
            var parent = frontier.Dequeue();
            foreach (var child in table.Where(p => p.Value == parent).Select(p => p.Key))
                if (result.Add(child)) frontier.Enqueue(child);
        }
        return result.ToArray();
    }

    private static Dictionary<int, int> ProcessTable()
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
        return parents;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await StopAsync(TimeSpan.FromSeconds(20));
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        Gateway.Dispose();
    }
}
