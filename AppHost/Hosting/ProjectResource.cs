using System.Diagnostics;
using System.Xml.Linq;
using WardPlatform.LocalServers;

namespace WardPlatform.AppHost.Hosting;

/// <summary>
/// A .NET project of the repository, run from its build output with the environment an Aspire AppHost
/// would give it, watched through its health endpoint and restarted with back-off when it crashes.
/// </summary>
public sealed class ProjectResource(string name, string projectPath) : Resource(name)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly CancellationTokenSource _stopping = new();
    private Process? _process;
    private Task? _supervision;

    public override string Kind => "project";
    public string ProjectPath { get; } = projectPath;
    public int? FixedPort { get; set; }
    public int Port { get; private set; }
    public string HealthCheckPath { get; set; } = "/health";
    /// <summary>Values computed when the resource starts (connection strings of started servers, addresses).</summary>
    public List<Func<IEnumerable<KeyValuePair<string, string>>>> EnvironmentCallbacks { get; } = [];
    public string Url => $"http://127.0.0.1:{Port}";
    /// <summary>A fixed, external endpoint listens on localhost (IPv4 and IPv6); the others on 127.0.0.1 only.</summary>
    private string BindUrl => FixedPort is null ? Url : $"http://localhost:{Port}";

    /// <summary>The port is chosen when the AppHost is built, so references can be resolved before start.</summary>
    internal void AllocatePort() => Port = FixedPort ?? FreePort.Next();

    internal override Task StartAsync(HostingContext context, CancellationToken ct)
    {
        var entryAssembly = FindEntryAssembly(context);
        Address = Url;
        _supervision = SuperviseAsync(context, entryAssembly, CancellationTokenSource.CreateLinkedTokenSource(ct, _stopping.Token).Token);
        return Task.CompletedTask;
    }

    private async Task SuperviseAsync(HostingContext context, string entryAssembly, CancellationToken ct)
    {
        var failuresInARow = 0;
        while (!ct.IsCancellationRequested)
        {
            var startedAt = DateTime.UtcNow;
            try
            {
                _process = Launch(context, entryAssembly);
            }
            catch (Exception e)
            {
                ResourceLog.Write(Name, $"could not start: {e.Message}");
                Fail(e);
                return;
            }
            SetState(ResourceState.Starting, _process.Id);
            var health = WatchHealthAsync(_process, ct);
            await _process.WaitForExitAsync(CancellationToken.None);
            await health;
            if (ct.IsCancellationRequested) return;

            var exitCode = _process.ExitCode;
            ResourceLog.Write(Name, $"exited with code {exitCode}");
            SetState(ResourceState.Exited);
            // A service that ran a minute or more before crashing starts over with a short delay.
            failuresInARow = DateTime.UtcNow - startedAt > TimeSpan.FromMinutes(1) ? 1 : failuresInARow + 1;
            var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failuresInARow - 1)));
            ResourceLog.Write(Name, $"restarting in {delay.TotalSeconds:0} s");
            SetState(ResourceState.Restarting);
            await Task.Delay(delay, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (ct.IsCancellationRequested) return;
            CountRestart();
        }
    }

    private async Task WatchHealthAsync(Process process, CancellationToken ct)
    {
        while (!process.HasExited && !ct.IsCancellationRequested)
        {
            var healthy = false;
            try
            {
                using var response = await Http.GetAsync(Url + HealthCheckPath, ct);
                healthy = response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (process.HasExited || ct.IsCancellationRequested) return;
            if (healthy && State == ResourceState.Starting) SetState(ResourceState.Running);
            if (healthy || State == ResourceState.Running) SetHealth(healthy);
            await Task.Delay(Health == "Healthy" ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(250), ct)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private Process Launch(HostingContext context, string entryAssembly)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetDirectoryName(Path.Combine(context.RepositoryRoot, ProjectPath))!,
        };
        start.ArgumentList.Add(entryAssembly);
        var environment = start.Environment;
        environment["ASPNETCORE_URLS"] = BindUrl;
        environment["ASPNETCORE_ENVIRONMENT"] = context.EnvironmentName;
        environment["DOTNET_ENVIRONMENT"] = context.EnvironmentName;
        environment["OTEL_SERVICE_NAME"] = Name;
        environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Name}-{Restarts}";
        if (context.OtlpEndpoint is not null) environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = context.OtlpEndpoint;
        environment["Logging__Console__FormatterName"] = "simple";
        environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        // Request-by-request and SQL logs drown what matters on a console shared by every resource.
        environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning";
        foreach (var callback in EnvironmentCallbacks)
            foreach (var (key, value) in callback()) environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {entryAssembly} did not start.");
        process.StandardInput.Close();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) ResourceLog.Write(Name, e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) ResourceLog.Write(Name, e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private string FindEntryAssembly(HostingContext context)
    {
        var projectFile = Path.Combine(context.RepositoryRoot, ProjectPath);
        var assemblyName = XDocument.Load(projectFile).Descendants("AssemblyName").FirstOrDefault()?.Value
            ?? Path.GetFileNameWithoutExtension(projectFile);
        var dll = Path.Combine(Path.GetDirectoryName(projectFile)!, "bin", context.BuildConfiguration, "net10.0", assemblyName + ".dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"{dll} is missing: build the solution first (dotnet run --project AppHost builds it).");
    }

    internal override async Task StopAsync()
    {
        _stopping.Cancel();
        SetState(ResourceState.Stopping);
        if (_process is { HasExited: false } process)
            await Posix.TerminateAsync(process.Id, TimeSpan.FromSeconds(6));
        if (_supervision is not null) await _supervision.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        SetState(ResourceState.Stopped);
    }
}
