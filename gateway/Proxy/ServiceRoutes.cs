using WardPlatform.Contracts;
using WardPlatform.Http;
using Yarp.ReverseProxy.Configuration;

namespace WardPlatform.Gateway.Proxy;

/// <summary>
/// One YARP route and cluster per backend service: /api/{service}/** goes to the address that Aspire-style
/// configuration gives (services:{service}:http:0), with the /api/{service} prefix removed and passed on
/// as X-Forwarded-Prefix (the service's OpenAPI document names it as its server).
/// </summary>
public static class ServiceRoutes
{
    public static string PrefixOf(string service) => $"/api/{service}";

    /// <summary>The services that have an address in configuration, with that address.</summary>
    public static IReadOnlyDictionary<string, string> ConfiguredServices(IConfiguration configuration) =>
        ResourceNames.Services
            .Select(s => (Service: s, Address: configuration[$"services:{s}:http:0"] ?? configuration[$"services:{s}:https:0"]))
            .Where(s => !string.IsNullOrEmpty(s.Address))
            .ToDictionary(s => s.Service, s => s.Address!);

    public static IHostApplicationBuilder AddServiceProxy(this IHostApplicationBuilder builder)
    {
        var services = ConfiguredServices(builder.Configuration);
        var routes = services.Keys.Select(service => new RouteConfig
        {
            RouteId = service,
            ClusterId = service,
            Match = new RouteMatch { Path = PrefixOf(service) + "/{**rest}" },
            Transforms =
            [
                new Dictionary<string, string> { ["PathRemovePrefix"] = PrefixOf(service) },
                // YARP's default X-Forwarded-Prefix is the (empty) PathBase and would overwrite ours.
                new Dictionary<string, string> { ["X-Forwarded"] = "Set", ["Prefix"] = "Off" },
                new Dictionary<string, string> { ["RequestHeader"] = ApiDefaults.ForwardedPrefixHeader, ["Set"] = PrefixOf(service) },
            ],
        }).ToList();
        if (services.ContainsKey(ResourceNames.Directory)) routes.AddRange(SignInRoutes());
        // Open311 GeoReport v2 clients expect the specification's paths at the host's root.
        if (services.ContainsKey(ResourceNames.Reports))
            routes.Add(new RouteConfig
            {
                RouteId = ResourceNames.Reports + ":open311", ClusterId = ResourceNames.Reports,
                Match = new RouteMatch { Path = "/open311/v2/{**rest}" }, Transforms = [new Dictionary<string, string> { ["X-Forwarded"] = "Set" }],
            });
        var clusters = services.Select(s => new ClusterConfig
        {
            ClusterId = s.Key,
            Destinations = new Dictionary<string, DestinationConfig> { [s.Key] = new() { Address = s.Value } },
        }).ToList();

        builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
        return builder;
    }

    /// <summary>The directory's OpenID Connect endpoints and sign-in page, at the gateway's own address (the issuer).</summary>
    public static readonly string[] SignInPaths = ["/connect", "/account", "/.well-known"];

    private static IEnumerable<RouteConfig> SignInRoutes() => SignInPaths.Select(path => new RouteConfig
    {
        RouteId = ResourceNames.Directory + path.Replace('/', ':'),
        ClusterId = ResourceNames.Directory,
        Match = new RouteMatch { Path = path + "/{**rest}" },
        Transforms = [new Dictionary<string, string> { ["X-Forwarded"] = "Set" }],
    });

    public static WebApplication MapServiceProxy(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<ProxyErrorProblemDetails>();
            proxy.UseMiddleware<SignIn.AccessTokenForwarding>();
        });
        return app;
    }
}
