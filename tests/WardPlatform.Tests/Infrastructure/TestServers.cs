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

    public string PostgresConnectionString { get; private set; } = "";
    public string EventBusConnectionString { get; private set; } = "";
    public string Mode { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (await DockerEngineAnswersAsync())
        {
            Mode = "Testcontainers (Docker engine found)";
            _postgresContainer = new PostgreSqlBuilder("postgres:15").Build();
            _rabbitContainer = new RabbitMqBuilder("rabbitmq:3.13").WithUsername("guest").WithPassword("guest").Build();
            await Task.WhenAll(_postgresContainer.StartAsync(), _rabbitContainer.StartAsync());
            PostgresConnectionString = _postgresContainer.GetConnectionString();
            EventBusConnectionString = _rabbitContainer.GetConnectionString();
        }
        else
        {
            Mode = "local processes from Debian's packages (no Docker engine)";
            // Every run starts from empty servers; a run killed outright may have left its servers running.
            var root = Path.Combine(Repository.Root, ".ward", "test-servers");
            using var loggers = LoggerFactory.Create(b => b.AddConsole());
            var logger = loggers.CreateLogger("test-servers");
            await LocalPostgres.StopLeftoverAsync(Path.Combine(root, "postgres"), logger);
            LocalRabbitMq.StopLeftovers(Path.Combine(root, "rabbitmq"), logger);
            if (System.IO.Directory.Exists(root)) System.IO.Directory.Delete(root, recursive: true);
            var postgres = LocalPostgres.StartAsync(Path.Combine(root, "postgres"), FreePort.Next(), logger);
            var rabbit = LocalRabbitMq.StartAsync(Path.Combine(root, "rabbitmq"), FreePort.Next(), "wardtest@localhost", NullLogger.Instance);
            _localPostgres = await postgres;
            _localRabbit = await rabbit;
            PostgresConnectionString = _localPostgres.ConnectionString;
            EventBusConnectionString = _localRabbit.ConnectionString;
        }
        Console.WriteLine($"Test servers: {Mode}; PostgreSQL {PostgresConnectionString}; RabbitMQ {EventBusConnectionString}");
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

    public async ValueTask DisposeAsync()
    {
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
