using Scalar.AspNetCore;

namespace WardPlatform.Gateway.Proxy;

public static class ApiReference
{
    public const string Path = "/api-docs";

    /// <summary>One API reference page over every service's OpenAPI document, fetched through the gateway.</summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        var services = ServiceRoutes.ConfiguredServices(app.Configuration).Keys;
        app.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("WardPlatform — tài liệu API");
            // Served entirely by the gateway, under its Content-Security-Policy (Security/Headers).
            options.WithNonce().DisableDefaultFonts().DisableTelemetry();
            foreach (var service in services)
                options.AddDocument(service, service, ServiceRoutes.PrefixOf(service) + "/openapi/v1.json");
        });
        // The route table as YARP runs it: what the isolation tests walk, so a new service is covered without anyone listing it.
        app.MapGet(Path + "/routes.json", (Yarp.ReverseProxy.IProxyStateLookup proxy) => TypedResults.Ok(proxy.GetRoutes()
            .Select(route => new { route.Config.RouteId, route.Config.ClusterId, route.Config.Match.Path })
            .OrderBy(route => route.RouteId)));
        return app;
    }
}
