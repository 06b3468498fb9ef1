using WardPlatform.LocalServers;

namespace WardPlatform.AppHost;

internal static class ServiceEndpoints
{
    /// <summary>
    /// The service's http endpoint. Run here, it is a port chosen free at start that the service binds itself (no DCP
    /// proxy in front: one hop less on every request); in a published manifest, the orchestrator's default.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceEndpoint(this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsRunMode
            ? project.WithHttpEndpoint(port: FreePort.Next(), isProxied: false)
            : project.WithHttpEndpoint();
}
