namespace WardPlatform.Messaging;

/// <summary>The parts of an AMQP connection string (amqp://user:pass@host:port/vhost), as Aspire writes it.</summary>
public sealed record EventBusConnection(string Host, int Port, string VirtualHost, string Username, string Password)
{
    public static EventBusConnection Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps" or "rabbitmq"))
            throw new FormatException($"The event bus connection string must look like amqp://user:password@host:5672/vhost, not '{connectionString}'.");

        var user = "guest";
        var password = "guest";
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) password = Uri.UnescapeDataString(parts[1]);
        }
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new EventBusConnection(uri.Host, uri.IsDefaultPort ? 5672 : uri.Port, vhost.Length == 0 ? "/" : vhost, user, password);
    }
}
