using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace WardPlatform.LocalServers;

/// <summary>
/// A private PostgreSQL server: Debian's binaries, our own data directory, bound to 127.0.0.1 on the
/// port we choose, trust authentication, no Unix socket. initdb refuses root, so as root the server
/// runs as the "postgres" user.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private readonly string _binDirectory;
    private readonly ILogger _logger;

    public string RootDirectory { get; }
    public string DataDirectory => Path.Combine(RootDirectory, "data");
    public string LogFile => Path.Combine(RootDirectory, "postgres.log");
    public int Port { get; }
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Password=postgres";

    /// <summary>The postmaster's pid, read from its pid file; null when it is not running.</summary>
    public int? Pid => ReadPostmasterPid(DataDirectory) is { } pid && Posix.IsAlive(pid) ? pid : null;

    private LocalPostgres(string binDirectory, string rootDirectory, int port, ILogger logger)
    {
        _binDirectory = binDirectory;
        RootDirectory = rootDirectory;
        Port = port;
        _logger = logger;
    }

    public static string[] Packages { get; } = ["postgresql", "postgresql-contrib"];
    public static bool IsInstalled => FindBinDirectory() is not null;

    public static async Task<LocalPostgres> StartAsync(string rootDirectory, int port, ILogger logger, CancellationToken ct = default)
    {
        await DebianPackages.EnsureAsync("PostgreSQL", () => IsInstalled, Packages, logger, ct);
        var server = new LocalPostgres(FindBinDirectory()!, UsableRoot(Path.GetFullPath(rootDirectory), logger), port, logger);
        await server.StartAsync(ct);
        return server;
    }

    private async Task StartAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(RootDirectory);
        if (Posix.IsRoot) await Command.RunAsync("chown", ["-R", "postgres:postgres", RootDirectory], ct: ct);

        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            _logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory}", DataDirectory);
            (await RunAsync("initdb", ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], ct))
                .EnsureSuccess("initdb");
        }

        await StopLeftoverAsync(RootDirectory, _logger);

        var options = $"-p {Port} -k '' -c listen_addresses=127.0.0.1 -c max_connections=300";
        (await RunAsync("pg_ctl", ["-D", DataDirectory, "-w", "-t", "60", "-l", LogFile, "-o", options, "start"], ct))
            .EnsureSuccess($"pg_ctl start (see {LogFile})");
        _logger.LogInformation("PostgreSQL listening on 127.0.0.1:{Port}", Port);
    }

    /// <summary>Stops a server that a run killed outright left holding <paramref name="rootDirectory"/>'s data.</summary>
    public static async Task StopLeftoverAsync(string rootDirectory, ILogger logger)
    {
        var dataDirectory = Path.Combine(rootDirectory, "data");
        if (ReadPostmasterPid(dataDirectory) is not { } stale || !Posix.IsAlive(stale)) return;
        logger.LogWarning("A PostgreSQL server (pid {Pid}) from an earlier run still holds {DataDirectory}; stopping it", stale, dataDirectory);
        Posix.Signal(stale, Posix.SIGQUIT); // immediate shutdown: the data is recovered at the next start
        for (var i = 0; i < 100 && Posix.IsAlive(stale); i++) await Task.Delay(100);
    }

    public async Task StopAsync()
    {
        if (Pid is null) return;
        var result = await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "-t", "10", "stop"], CancellationToken.None);
        if (result.ExitCode != 0 && Pid is { } pid) Posix.Signal(pid, Posix.SIGKILL);
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private Task<Command.Result> RunAsync(string tool, string[] arguments, CancellationToken ct)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return Posix.IsRoot
            ? Command.RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments], workingDirectory: "/", timeout: TimeSpan.FromMinutes(2), ct: ct)
            : Command.RunAsync(executable, arguments, timeout: TimeSpan.FromMinutes(2), ct: ct);
    }

    private static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    /// <summary>
    /// As root, the "postgres" user must reach the data directory. When a parent folder is closed to it
    /// (a checkout under /root, say) the data goes to /var/lib/ward-platform instead, and we say so.
    /// </summary>
    private static string UsableRoot(string rootDirectory, ILogger logger)
    {
        if (!Posix.IsRoot) return rootDirectory;
        var parent = Path.GetDirectoryName(rootDirectory)!;
        Directory.CreateDirectory(parent);
        var probe = Command.RunAsync("runuser", ["-u", "postgres", "--", "test", "-x", parent], workingDirectory: "/").GetAwaiter().GetResult();
        if (probe.ExitCode == 0) return rootDirectory;

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(rootDirectory)))[..12].ToLowerInvariant();
        var fallback = Path.Combine("/var/lib/ward-platform", hash);
        logger.LogWarning("The postgres user cannot enter {Parent}; keeping PostgreSQL's data in {Fallback} instead", parent, fallback);
        return fallback;
    }

    private static int? ReadPostmasterPid(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "postmaster.pid");
        try
        {
            return File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault(), out var pid) ? pid : null;
        }
        catch (IOException) { return null; }
    }
}
