using Microsoft.Extensions.Configuration;
using WardPlatform.AppHost.LocalServers;
using WardPlatform.Contracts;
using WardPlatform.LocalServers;

namespace WardPlatform.AppHost;

/// <summary>
/// PostgreSQL (one database per service) and RabbitMQ: Aspire's container resources where a container runtime
/// answers; otherwise, or with ConnectionStrings__postgres / ConnectionStrings__eventbus set, our own resources
/// (local processes from Debian's packages, or those existing servers). Services receive the same connection
/// strings either way.
/// </summary>
public sealed class PlatformServers
{
    private readonly Func<string, IResourceBuilder<IResourceWithConnectionString>> _database;

    public IResourceBuilder<IResourceWithConnectionString> EventBus { get; }

    private PlatformServers(Func<string, IResourceBuilder<IResourceWithConnectionString>> database, IResourceBuilder<IResourceWithConnectionString> eventBus)
    {
        _database = database;
        EventBus = eventBus;
    }

    public IResourceBuilder<IResourceWithConnectionString> Database(string name) => _database(name);

    public static PlatformServers Add(IDistributedApplicationBuilder builder, PlatformSettings settings)
    {
        var external = builder.Configuration.GetConnectionString(ResourceNames.Postgres) is not null
                       || builder.Configuration.GetConnectionString(ResourceNames.EventBus) is not null;
        if (!external && builder.ExecutionContext.IsRunMode && !ContainerRuntime.Answers())
            return AddLocal(builder, settings);
        if (external) return AddLocal(builder, settings);

        var postgres = builder.AddPostgres(ResourceNames.Postgres).WithDataVolume("ward-postgres");
        var rabbit = builder.AddRabbitMQ(ResourceNames.EventBus).WithManagementPlugin().WithDataVolume("ward-rabbitmq");
        return new PlatformServers(name => postgres.AddDatabase(name), rabbit);
    }

    private static PlatformServers AddLocal(IDistributedApplicationBuilder builder, PlatformSettings settings)
    {
        builder.AddLocalServerSupervision();
        var postgres = builder.AddLocalPostgres(ResourceNames.Postgres, settings.StateDirectory);
        var rabbit = builder.AddLocalRabbitMQ(ResourceNames.EventBus, settings.StateDirectory);
        return new PlatformServers(name => postgres.AddLocalDatabase(name), rabbit);
    }
}

/// <summary>Whether a container runtime (Docker or Podman) answers on this machine.</summary>
internal static class ContainerRuntime
{
    public static bool Answers()
    {
        foreach (var runtime in new[] { "docker", "podman" })
        {
            try
            {
                var result = Command.RunAsync(runtime, ["version", "--format", "{{.Server.Version}}"], timeout: TimeSpan.FromSeconds(10))
                    .GetAwaiter().GetResult();
                if (result.ExitCode == 0) return true;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException) { }
        }
        return false;
    }
}
