using Npgsql;
using WardPlatform.LocalServers;

namespace WardPlatform.AppHost.LocalServers;

/// <summary>
/// PostgreSQL as a private process from Debian's packages (where no container runtime answers), or an existing
/// server when ConnectionStrings:{name} is set. Its port is chosen when the AppHost starts, so the connection string
/// is known before anything runs, as a container resource's is.
/// </summary>
public sealed class LocalPostgresResource(string name, string? externalConnectionString) : Resource(name), IResourceWithConnectionString
{
    public int Port { get; } = FreePort.Next();
    public bool IsExternal => externalConnectionString is not null;

    public string ConnectionString => externalConnectionString ?? $"Host=127.0.0.1;Port={Port};Username=postgres;Password=postgres";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");

    public List<LocalPostgresDatabaseResource> Databases { get; } = [];
}

/// <summary>One service's database on a <see cref="LocalPostgresResource"/>; created when the server is up, as Aspire's AddDatabase does.</summary>
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource server)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent => server;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = Name }.ConnectionString;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
