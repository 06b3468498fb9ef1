using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using WardPlatform.LocalServers;
using WardPlatform.Messaging;

namespace WardPlatform.AppHost.LocalServers;

/// <summary>
/// PostgreSQL and RabbitMQ as Aspire resources of our own, for machines with no container runtime: Debian's
/// packages (installed on first run), data in the state directory, leftovers of a killed run stopped, restarted
/// when they die. With ConnectionStrings:{name} set, that existing server is used and nothing is started.
/// </summary>
public static class LocalServerBuilderExtensions
{
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, string stateDirectory)
    {
        var resource = new LocalPostgresResource(name, builder.Configuration.GetConnectionString(name));
        builder.Services.AddHealthChecks().AddAsyncCheck(name + "_check", ct => ServerProbes.PostgresAsync(resource.ConnectionString, ct));
        return builder.AddResource(resource)
            .WithHealthCheck(name + "_check")
            .WithInitialState(InitialState(resource.IsExternal ? "PostgreSQL (external)" : "PostgreSQL (local process)"))
            .OnInitializeResource((server, e, _) =>
            {
                var logger = e.Logger;
                var supervisor = new ServerSupervisor(server, resource.IsExternal ? "PostgreSQL (external)" : "PostgreSQL (local process)",
                    async (log, ct) =>
                    {
                        if (server.IsExternal) return RunningServer.External;
                        var local = await LocalPostgres.StartAsync(Path.Combine(stateDirectory, name), server.Port, log, ct);
                        var tail = LogFileTail.Start(local.LogFile, line => log.LogInformation("{Line}", line));
                        return new RunningServer(() => local.Pid, async () => { await local.StopAsync(); tail.Dispose(); });
                    },
                    async (log, ct) =>
                    {
                        foreach (var database in server.Databases) await CreateDatabaseAsync(database.ConnectionString, ct);
                    },
                    [.. server.Databases], e.Notifications, logger);
                e.Services.GetRequiredService<LocalServerRegistry>().Start(supervisor);
                return Task.CompletedTask;
            });
    }

    public static IResourceBuilder<LocalPostgresDatabaseResource> AddLocalDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.Resource.Databases.Add(database);
        server.ApplicationBuilder.Services.AddHealthChecks()
            .AddAsyncCheck(name + "_check", ct => ServerProbes.PostgresAsync(database.ConnectionString, ct));
        return server.ApplicationBuilder.AddResource(database)
            .WithHealthCheck(name + "_check")
            .WithInitialState(InitialState("Database"));
    }

    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMQ(this IDistributedApplicationBuilder builder, string name, string stateDirectory)
    {
        var resource = new LocalRabbitMqResource(name, builder.Configuration.GetConnectionString(name));
        builder.Services.AddHealthChecks().AddAsyncCheck(name + "_check", ct => ServerProbes.RabbitMqAsync(resource.ConnectionString, ct));
        var type = resource.IsExternal ? "RabbitMQ (external)" : "RabbitMQ (local process)";
        return builder.AddResource(resource)
            .WithHealthCheck(name + "_check")
            .WithInitialState(InitialState(type))
            .WithReplayErrorQueuesCommand()
            .OnInitializeResource((broker, e, _) =>
            {
                var supervisor = new ServerSupervisor(broker, type,
                    async (log, ct) =>
                    {
                        if (broker.IsExternal) return RunningServer.External;
                        var local = await LocalRabbitMq.StartAsync(Path.Combine(stateDirectory, "rabbitmq"), broker.Port, "ward@localhost", log,
                            line => log.LogInformation("{Line}", line), managementPort: broker.ManagementPort, ct: ct);
                        return new RunningServer(() => local.Pid, local.StopAsync);
                    },
                    // After every start (a restart too): the bound on the services' queues. An external broker is its operator's.
                    (_, ct) => broker.IsExternal ? Task.CompletedTask
                        : QueueBounds.ApplyAsync(new Uri($"http://127.0.0.1:{broker.ManagementPort}/"), "guest", "guest", "/", ct: ct),
                    [], e.Notifications, e.Logger);
                e.Services.GetRequiredService<LocalServerRegistry>().Start(supervisor);
                return Task.CompletedTask;
            });
    }

    /// <summary>Registers what stops the local servers when the AppHost stops.</summary>
    public static IDistributedApplicationBuilder AddLocalServerSupervision(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LocalServerRegistry>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LocalServerRegistry>());
        return builder;
    }

    private static CustomResourceSnapshot InitialState(string type) => new()
    {
        ResourceType = type,
        State = KnownResourceStates.NotStarted,
        Properties = [],
    };

    private static async Task CreateDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database!;
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Created by a service's migrator at the same moment: fine.
        }
    }
}

/// <summary>The supervisors of the local servers; stops them (and waits) when the AppHost stops.</summary>
internal sealed class LocalServerRegistry(IHostApplicationLifetime lifetime) : IHostedService
{
    private readonly List<ServerSupervisor> _supervisors = [];

    public void Start(ServerSupervisor supervisor)
    {
        lock (_supervisors) _supervisors.Add(supervisor);
        supervisor.Start(lifetime.ApplicationStopping);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_supervisors) return Task.WhenAll(_supervisors.Select(s => s.Stopped));
    }
}

internal static class ServerProbes
{
    public static async Task<HealthCheckResult> PostgresAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL does not answer: {e.Message}");
        }
    }

    public static async Task<HealthCheckResult> RabbitMqAsync(string connectionString, CancellationToken ct)
    {
        var connection = WardPlatform.Messaging.EventBusConnection.Parse(connectionString);
        using var client = new System.Net.Sockets.TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(connection.Host, connection.Port, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ does not answer on {connection.Host}:{connection.Port}");
        }
    }
}
