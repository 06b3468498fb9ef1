namespace WardPlatform.AppHost;

internal static class ServiceEndpoints
{
    /// <summary>
    /// The service's http endpoint, behind DCP's proxy: the address the gateway is given stays the same when DCP
    /// starts the service again after a crash (a restarted project gets a new port of its own; without the proxy the
    /// gateway would keep calling the old one).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceEndpoint(this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder) =>
        project.WithHttpEndpoint();
}
