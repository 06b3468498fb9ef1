using Microsoft.AspNetCore.Server.Kestrel.Core;
using WardPlatform.Gateway.Security.Antiforgery;
using WardPlatform.Gateway.Security.Capacity;
using WardPlatform.Gateway.Security.Headers;
using WardPlatform.Gateway.Security.RateLimiting;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Security;

/// <summary>Capacity, rate limits, security headers and antiforgery for cookie-authenticated API calls.</summary>
public static class GatewaySecurity
{
    public static IHostApplicationBuilder AddGatewaySecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<CapacitySettings>(builder.Configuration.GetSection(CapacitySettings.Section));
        builder.AddGatewayRateLimits();
        builder.Services.AddApiAntiforgery();
        return builder;
    }

    /// <summary>
    /// First in the pipeline: the headers must be on every response (errors and proxied answers too),
    /// and a rejected request must stop before anything else works on it.
    /// </summary>
    public static WebApplication UseGatewaySecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        // A person's browser gets a Vietnamese page for an error, the limiter's 429 included (its answer has no body
        // then, and the page re-executes past the limiter: /loi is exempt); APIs keep problem+json.
        app.UseWhen(ErrorPages.WantsPage, page =>
        {
            page.UseStatusCodePagesWithReExecute(ErrorPages.Path + "/{0}");
            page.UseExceptionHandler(ErrorPages.Path + "/500");
        });
        app.UseMiddleware<GatewayCapacity>();
        app.UseRateLimiter();
        app.UseMiddleware<FailedSignInLimit>();
        app.UseMiddleware<ApiAntiforgeryCheck>();
        return app;
    }
}
