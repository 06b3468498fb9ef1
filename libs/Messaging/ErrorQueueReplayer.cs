using RabbitMQ.Client;

namespace WardPlatform.Messaging;

/// <summary>
/// Moves the messages MassTransit parked in "{queue}_error" back to "{queue}", e.g. after the bug
/// that faulted them is fixed. The fault headers MassTransit added are dropped on the way.
/// </summary>
public static class ErrorQueueReplayer
{
    public static async Task<int> ReplayAsync(string eventBusConnectionString, string queue, int max = 10_000, CancellationToken ct = default)
    {
        var connection = EventBusConnection.Parse(eventBusConnectionString);
        var factory = new ConnectionFactory
        {
            HostName = connection.Host, Port = connection.Port, VirtualHost = connection.VirtualHost,
            UserName = connection.Username, Password = connection.Password,
        };
        await using var amqp = await factory.CreateConnectionAsync(ct);
        await using var channel = await amqp.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);

        var replayed = 0;
        while (replayed < max)
        {
            var delivery = await channel.BasicGetAsync(queue + "_error", autoAck: false, ct);
            if (delivery is null) break;

            var properties = new BasicProperties(delivery.BasicProperties);
            if (properties.Headers is not null)
                foreach (var key in properties.Headers.Keys.Where(k => k.StartsWith("MT-Fault", StringComparison.Ordinal) || k.StartsWith("MT-Reason", StringComparison.Ordinal)).ToList())
                    properties.Headers.Remove(key);

            await channel.BasicPublishAsync("", queue, mandatory: true, properties, delivery.Body, ct);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, ct);
            replayed++;
        }
        return replayed;
    }
}
