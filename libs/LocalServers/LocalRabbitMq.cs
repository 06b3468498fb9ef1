using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace WardPlatform.LocalServers;

/// <summary>
/// A private RabbitMQ node: Debian's server started directly (not through the /usr/sbin wrappers, which
/// switch user and directory), with its own HOME and cookie, its own epmd (started by us, so we own its
/// pid and stop it; an epmd started by Erlang daemonises and outlives the node), bound to 127.0.0.1.
/// </summary>
public sealed class LocalRabbitMq : IAsyncDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private readonly ILogger _logger;
    private Process? _epmd;
    private Process? _server;

    public string RootDirectory { get; }
    public string NodeName { get; }
    public int Port { get; }
    /// <summary>The management plugin's HTTP port (guest:guest, 127.0.0.1), when the node was started with one.</summary>
    public int? ManagementPort { get; }
    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";
    /// <summary>
    /// The live Erlang VM's pid (RabbitMQ writes it to its pid file, which outlives a killed node), or the wrapper's
    /// while it starts; null once the node is gone.
    /// </summary>
    public int? Pid => ReadPid(PidFile) is { } vm ? (Posix.IsAlive(vm) ? vm : null) : (_server is { HasExited: false } s ? s.Id : null);

    private string PidFile => Path.Combine(RootDirectory, "rabbitmq.pid");
    private string OwnedPidsFile => Path.Combine(RootDirectory, "owned.pids");

    private LocalRabbitMq(string rootDirectory, string nodeName, int port, int? managementPort, ILogger logger)
    {
        RootDirectory = rootDirectory;
        NodeName = nodeName;
        Port = port;
        ManagementPort = managementPort;
        _logger = logger;
    }

    public static string[] Packages { get; } = ["rabbitmq-server"];
    public static bool IsInstalled => File.Exists(ServerScript);

    /// <param name="output">Receives each line the node prints (the AppHost prefixes and shows them).</param>
    /// <param name="managementPort">Enables the management plugin's HTTP API on this port (tests use it to make virtual hosts).</param>
    public static async Task<LocalRabbitMq> StartAsync(string rootDirectory, int port, string nodeName, ILogger logger,
        Action<string>? output = null, int? managementPort = null, CancellationToken ct = default)
    {
        await DebianPackages.EnsureAsync("RabbitMQ", () => IsInstalled, Packages, logger, ct);
        var node = new LocalRabbitMq(Path.GetFullPath(rootDirectory), nodeName, port, managementPort, logger);
        try
        {
            await node.StartAsync(output, ct);
        }
        catch
        {
            await node.StopAsync();
            throw;
        }
        return node;
    }

    private async Task StartAsync(Action<string>? output, CancellationToken ct)
    {
        var home = Path.Combine(RootDirectory, "home");
        Directory.CreateDirectory(home);
        StopLeftovers(RootDirectory, _logger);
        WriteCookie(Path.Combine(home, ".erlang.cookie"));
        var config = "loopback_users = none\n";
        if (ManagementPort is { } management) config += $"management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {management}\n";
        await File.WriteAllTextAsync(Path.Combine(RootDirectory, "rabbitmq.conf"), config, ct);
        await File.WriteAllTextAsync(Path.Combine(RootDirectory, "enabled_plugins"), ManagementPort is null ? "[].\n" : "[rabbitmq_management].\n", ct);

        var epmdPort = FreePort.Next();
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["ERL_EPMD_PORT"] = epmdPort.ToString(),
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(),
            ["RABBITMQ_DIST_PORT"] = FreePort.Next().ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(RootDirectory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(RootDirectory, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_PID_FILE"] = PidFile,
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(RootDirectory, "rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(RootDirectory, "enabled_plugins"),
        };
        File.Delete(PidFile);

        _epmd = Spawn("epmd", ["-port", epmdPort.ToString(), "-address", "127.0.0.1"], environment, output);
        _server = Spawn(ServerScript, [], environment, output);
        await File.WriteAllTextAsync(OwnedPidsFile, $"{_epmd.Id}\n{_server.Id}\n", ct);

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await FreePort.IsOpenAsync(Port, ct) || (ManagementPort is { } http && !await FreePort.IsOpenAsync(http, ct)))
        {
            if (_server.HasExited)
                throw new InvalidOperationException($"RabbitMQ exited with code {_server.ExitCode} while starting; its output is above.");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"RabbitMQ did not open port {Port} (and its management port, if asked) within 90 s.");
            await Task.Delay(200, ct);
        }
        _logger.LogInformation("RabbitMQ node {Node} listening on 127.0.0.1:{Port}", NodeName, Port);
    }

    public async Task StopAsync()
    {
        var beam = ReadPid(PidFile);
        if (_server is { HasExited: false } server) await Posix.TerminateAsync(server.Id, TimeSpan.FromSeconds(10));
        if (beam is { } vm && Posix.IsAlive(vm)) await Posix.TerminateAsync(vm, TimeSpan.FromSeconds(5));
        if (_epmd is { HasExited: false } epmd) await Posix.TerminateAsync(epmd.Id, TimeSpan.FromSeconds(2));
        File.Delete(OwnedPidsFile);
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>Stops a node and epmd that a run killed outright left behind in <paramref name="rootDirectory"/>.</summary>
    public static void StopLeftovers(string rootDirectory, ILogger logger)
    {
        var pids = new List<int>();
        if (ReadPid(Path.Combine(rootDirectory, "rabbitmq.pid")) is { } beam) pids.Add(beam);
        var ownedPidsFile = Path.Combine(rootDirectory, "owned.pids");
        if (File.Exists(ownedPidsFile))
            pids.AddRange(File.ReadAllLines(ownedPidsFile).Select(l => int.TryParse(l, out var p) ? p : 0).Where(p => p > 0));
        foreach (var pid in pids.Where(Posix.IsAlive))
        {
            var commandLine = Posix.CommandLine(pid);
            if (!(commandLine.Contains("epmd") || commandLine.Contains("rabbit") || commandLine.Contains("beam"))) continue;
            logger.LogWarning("Stopping process {Pid} left behind by an earlier run: {CommandLine}", pid, commandLine[..Math.Min(120, commandLine.Length)]);
            Posix.Signal(pid, Posix.SIGKILL);
        }
    }

    private static Process Spawn(string file, string[] arguments, Dictionary<string, string> environment, Action<string>? output)
    {
        var start = new ProcessStartInfo(file)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = environment["HOME"],
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output?.Invoke(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output?.Invoke(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WriteCookie(string path)
    {
        if (File.Exists(path)) return;
        File.WriteAllText(path, Convert.ToHexString(RandomNumberGenerator.GetBytes(20)));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead);
    }

    private static int? ReadPid(string file)
    {
        try
        {
            return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid) ? pid : null;
        }
        catch (IOException) { return null; }
    }
}
