using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;
using WardPlatform.Gateway.Proxy;

namespace WardPlatform.Gateway.Security.Headers;

/// <summary>
/// Security headers on every response, set just before it starts so that they also cover error pages and
/// proxied answers (and override whatever a service sent).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
        headers.ContentSecurityPolicy = PolicyFor(context);
        // HSTS over HTTPS only: sent over plain HTTP a browser ignores it anyway. No includeSubDomains:
        // the province's other hosts are not ours to pin.
        if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
        else headers.Remove(HeaderNames.StrictTransportSecurity);
        // Kestrel's own is off (AddServerHeader = false); this drops the one a proxied service sent.
        headers.Remove(HeaderNames.Server);
    }

    private static string PolicyFor(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ApiReference.Path)
        && context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) && nonce is string { Length: > 0 } value
            ? ContentSecurityPolicy.ApiReference(value)
            : ContentSecurityPolicy.Default;
}
