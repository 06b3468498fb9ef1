using Microsoft.Extensions.Logging;
using Npgsql;
using WardPlatform.LocalServers;

namespace WardPlatform.AppHost.Hosting;

/// <summary>
/// A PostgreSQL server: our own private process, or an existing server when ConnectionStrings:{name}
/// is configured (a real deployment).
/// </summary>
public sealed class PostgresServerResource(string name, string? externalConnectionString) : Resource(name), IResourceWithConnectionString
{
    private LocalPostgres? _local;
    private LogFileTail? _logTail;

    public override string Kind => externalConnectionString is null ? "postgres" : "postgres (external)";

    public string GetConnectionString() =>
        externalConnectionString ?? _local?.ConnectionString ?? throw new InvalidOperationException($"{Name} has not started.");

    public override IEnumerable<string> MissingPackages =>
        externalConnectionString is null && !LocalPostgres.IsInstalled ? LocalPostgres.Packages : [];

    internal override async Task StartAsync(HostingContext context, CancellationToken ct)
    {
        SetState(ResourceState.Starting);
        if (externalConnectionString is null)
        {
            var logger = context.LoggerFactory.CreateLogger(Name);
            _local = await LocalPostgres.StartAsync(Path.Combine(context.StateDirectory, Name), FreePort.Next(), logger, ct);
            _logTail = LogFileTail.Start(_local.LogFile, line => ResourceLog.Write(Name, line));
            Address = $"127.0.0.1:{_local.Port}";
        }
        else
        {
            var server = new NpgsqlConnectionStringBuilder(externalConnectionString);
            Address = $"{server.Host}:{server.Port}";
        }
        SetState(ResourceState.Running, _local?.Pid);
        _ = WatchHealthAsync(token => ProbeAsync(GetConnectionString(), token), ct);
    }

    private static async Task<bool> ProbeAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    internal override async Task StopAsync()
    {
        SetState(ResourceState.Stopping);
        if (_local is not null) await _local.StopAsync();
        _logTail?.Dispose();
        SetState(ResourceState.Stopped);
    }
}

/// <summary>One service's database on a PostgreSQL server; created if missing, as Aspire's AddDatabase does.</summary>
public sealed class PostgresDatabaseResource(string name, PostgresServerResource server) : Resource(name), IResourceWithConnectionString
{
    public override string Kind => "database";
    public PostgresServerResource Server => server;

    public string GetConnectionString() => new NpgsqlConnectionStringBuilder(server.GetConnectionString()) { Database = Name }.ConnectionString;

    internal override async Task StartAsync(HostingContext context, CancellationToken ct)
    {
        SetState(ResourceState.Starting);
        await WardPlatform.Persistence.DatabaseMigrator.EnsureDatabaseExistsAsync(GetConnectionString(), ct);
        Address = $"{server.Address}/{Name}";
        SetState(ResourceState.Running);
        SetHealth(true);
    }

    internal override Task StopAsync()
    {
        SetState(ResourceState.Stopped);
        return Task.CompletedTask;
    }
}
