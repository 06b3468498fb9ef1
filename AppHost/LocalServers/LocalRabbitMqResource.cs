namespace WardPlatform.AppHost.LocalServers;

/// <summary>
/// RabbitMQ (with the management plugin) as a private node from Debian's packages, or an existing broker when
/// ConnectionStrings:{name} is set.
/// </summary>
public sealed class LocalRabbitMqResource(string name, string? externalConnectionString) : Resource(name), IResourceWithConnectionString
{
    public int Port { get; } = WardPlatform.LocalServers.FreePort.Next();
    public int ManagementPort { get; } = WardPlatform.LocalServers.FreePort.Next();
    public bool IsExternal => externalConnectionString is not null;

    public string ConnectionString => externalConnectionString ?? $"amqp://guest:guest@127.0.0.1:{Port}/";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
