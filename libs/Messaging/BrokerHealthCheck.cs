using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WardPlatform.Messaging;

/// <summary>
/// Readiness: the broker accepts connections. MassTransit's own bus check keeps answering "Ready" for a while after
/// the broker is gone (it reports the endpoints' last state while it reconnects); this one tells at once.
/// </summary>
internal sealed class BrokerHealthCheck(EventBusConnection connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(connection.Host, connection.Port, timeout.Token);
            return HealthCheckResult.Healthy($"RabbitMQ at {connection.Host}:{connection.Port}");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"RabbitMQ at {connection.Host}:{connection.Port} does not answer; events wait in the outbox until it is back");
        }
    }
}
