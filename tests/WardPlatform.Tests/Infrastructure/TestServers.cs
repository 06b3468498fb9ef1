using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using WardPlatform.LocalServers;

namespace WardPlatform.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL and a real RabbitMQ for the whole test run: containers (Testcontainers, official
/// images) where a Docker engine answers, otherwise the private processes the AppHost also uses.
/// </summary>
public sealed class TestServers : IAsyncLifetime
{
    private LocalPostgres? _localPostgres;
    private LocalRabbitMq? _localRabbit;
    private PostgreSqlContainer? _postgresContainer;
    private RabbitMqContainer? _rabbitContainer;

    private VirtualHosts? _virtualHosts;
    private string _brokerRoot = "";

    public string PostgresConnectionString { get; private set; } = "";

    /// <summary>The broker's management API (guest:guest).</summary>
    public Uri ManagementApi { get; private set; } = null!;
    public string Mode { get; private set; } = "";

    private const int ManagementPort = 15672;

    public async ValueTask InitializeAsync()
    {
        if (await DockerEngineAnswersAsync())
        {
            Mode = "Testcontainers (Docker engine found)";
            _postgresContainer = new PostgreSqlBuilder("postgres:15").Build();
            _rabbitContainer = new RabbitMqBuilder("rabbitmq:3.13-management").WithUsername("guest").WithPassword("guest")
                .WithPortBinding(ManagementPort, assignRandomHostPort: true).Build();
            await Task.WhenAll(_postgresContainer.StartAsync(), _rabbitContainer.StartAsync());
            PostgresConnectionString = _postgresContainer.GetConnectionString();
            _brokerRoot = _rabbitContainer.GetConnectionString();
            ManagementApi = new Uri($"http://{_rabbitContainer.Hostname}:{_rabbitContainer.GetMappedPublicPort(ManagementPort)}/");
            _virtualHosts = new VirtualHosts(ManagementApi, "guest", "guest");
        }
        else
        {
            Mode = "local processes from Debian's packages (no Docker engine)";
            // Every run starts from empty servers; a run killed outright may have left its servers running. The node name is
            // the checkout's own, so two checkouts (git worktrees) can run their suites side by side.
            var root = Path.Combine(Repository.Root, ".ward", "test-servers");
            using var loggers = LoggerFactory.Create(b => b.AddConsole());
            var logger = loggers.CreateLogger("test-servers");
            await LocalPostgres.StopLeftoverAsync(Path.Combine(root, "postgres"), logger);
            LocalRabbitMq.StopLeftovers(Path.Combine(root, "rabbitmq"), logger);
            if (System.IO.Directory.Exists(root)) System.IO.Directory.Delete(root, recursive: true);
            var postgres = LocalPostgres.StartAsync(Path.Combine(root, "postgres"), FreePort.Next(), logger);
            var rabbit = LocalRabbitMq.StartAsync(Path.Combine(root, "rabbitmq"), FreePort.Next(), $"wardtest{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Repository.Root)))[..8]}@localhost", NullLogger.Instance,
                managementPort: FreePort.Next());
            _localPostgres = await postgres;
            _localRabbit = await rabbit;
            PostgresConnectionString = _localPostgres.ConnectionString;
            _brokerRoot = _localRabbit.ConnectionString;
            ManagementApi = new Uri($"http://127.0.0.1:{_localRabbit.ManagementPort}/");
            _virtualHosts = new VirtualHosts(ManagementApi, "guest", "guest");
        }
        Console.WriteLine($"Test servers: {Mode}; PostgreSQL {PostgresConnectionString}; RabbitMQ {_brokerRoot}");
        TestContext.Current.SendDiagnosticMessage("Test servers: {0}", Mode);
    }

    /// <summary>A connection string to a new, empty database of its own.</summary>
    public string NewDatabase(string prefix)
    {
        // Every test database gets its own Npgsql pool, and pools outlive the hosts that used them: without this,
        // idle connections of finished tests pile up until the server refuses new ones ("too many clients").
        NpgsqlConnection.ClearAllPools();
        return new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = $"{prefix}_{Guid.NewGuid():N}"[..40] }.ConnectionString;
    }

    /// <summary>
    /// A connection string to a new, empty RabbitMQ virtual host of its own. Hosts that should talk to each other
    /// share one; hosts of different tests never do, so no test's events reach another test's consumers.
    /// </summary>
    public string NewEventBus()
    {
        var name = $"test-{Guid.NewGuid():N}"[..17];
        _virtualHosts!.Create(name);
        return new UriBuilder(_brokerRoot) { Path = "/" + name }.Uri.ToString();
    }

    /// <summary>Deletes the virtual host of <paramref name="eventBusConnectionString"/> (made by <see cref="NewEventBus"/>).</summary>
    public Task DeleteEventBusAsync(string eventBusConnectionString) =>
        _virtualHosts!.DeleteAsync(WardPlatform.Messaging.EventBusConnection.Parse(eventBusConnectionString).VirtualHost);

    public async ValueTask DisposeAsync()
    {
        _virtualHosts?.Dispose();
        if (_localRabbit is not null) await _localRabbit.StopAsync();
        if (_localPostgres is not null) await _localPostgres.StopAsync();
        if (_rabbitContainer is not null) await _rabbitContainer.DisposeAsync();
        if (_postgresContainer is not null) await _postgresContainer.DisposeAsync();
    }

    private static async Task<bool> DockerEngineAnswersAsync()
    {
        try
        {
            var result = await Command.RunAsync("docker", ["version", "--format", "{{.Server.Version}}"], timeout: TimeSpan.FromSeconds(10));
            return result.ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return false;
        }
    }
}
