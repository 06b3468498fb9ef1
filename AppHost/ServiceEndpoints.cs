using WardPlatform.LocalServers;

namespace WardPlatform.AppHost;

internal static class ServiceEndpoints
{
    /// <summary>
    /// The service's http endpoint. When the AppHost runs the platform, a port of its own chosen at start and not
    /// proxied: the service started again after a crash listens on the same port, so the gateway's address stays
    /// right, and while it is down a call is refused at once (the gateway answers 503 with Retry-After). Behind DCP's
    /// proxy a call to a dead service waited, connection open, until the restart: a hang of up to the restart time.
    /// A published manifest keeps Aspire's default (the deployment chooses ports).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceEndpoint(this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsRunMode
            ? project.WithHttpEndpoint(port: FreePort.Next(), isProxied: false)
            : project.WithHttpEndpoint();
}
