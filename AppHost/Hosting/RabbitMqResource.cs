using Microsoft.Extensions.Logging;
using WardPlatform.LocalServers;
using WardPlatform.Messaging;

namespace WardPlatform.AppHost.Hosting;

/// <summary>
/// The RabbitMQ event bus: our own private node, or an existing broker when ConnectionStrings:{name}
/// is configured (a real deployment).
/// </summary>
public sealed class RabbitMqServerResource(string name, string? externalConnectionString) : Resource(name), IResourceWithConnectionString
{
    private LocalRabbitMq? _local;

    public override string Kind => externalConnectionString is null ? "rabbitmq" : "rabbitmq (external)";

    public string GetConnectionString() =>
        externalConnectionString ?? _local?.ConnectionString ?? throw new InvalidOperationException($"{Name} has not started.");

    public override IEnumerable<string> MissingPackages =>
        externalConnectionString is null && !LocalRabbitMq.IsInstalled ? LocalRabbitMq.Packages : [];

    internal override async Task StartAsync(HostingContext context, CancellationToken ct)
    {
        SetState(ResourceState.Starting);
        if (externalConnectionString is null)
        {
            var logger = context.LoggerFactory.CreateLogger(Name);
            _local = await LocalRabbitMq.StartAsync(Path.Combine(context.StateDirectory, "rabbitmq"), FreePort.Next(),
                "ward@localhost", logger, line => ResourceLog.Write(Name, line), ct: ct);
        }
        var connection = EventBusConnection.Parse(GetConnectionString());
        Address = $"{connection.Host}:{connection.Port}";
        SetState(ResourceState.Running, _local?.Pid);
        _ = WatchHealthAsync(token => IsReachableAsync(connection, token), ct);
    }

    private static async Task<bool> IsReachableAsync(EventBusConnection connection, CancellationToken ct)
    {
        using var client = new System.Net.Sockets.TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(connection.Host, connection.Port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    internal override async Task StopAsync()
    {
        SetState(ResourceState.Stopping);
        if (_local is not null) await _local.StopAsync();
        SetState(ResourceState.Stopped);
    }
}
