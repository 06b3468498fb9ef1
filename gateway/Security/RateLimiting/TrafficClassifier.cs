using Microsoft.Extensions.Primitives;

namespace WardPlatform.Gateway.Security.RateLimiting;

public enum TrafficKind { Exempt, SignIn, Public, User }

/// <summary>Which limit a request counts against.</summary>
public static class TrafficClassifier
{
    public static TrafficKind Classify(HttpContext context, string sessionCookie, IWebHostEnvironment environment)
    {
        var request = context.Request;
        // The error page: a 429 is shown through it, so it must not be limited itself.
        if (WebFront.ErrorPages.IsErrorPage(request.Path)) return TrafficKind.Exempt;
        if (IsSignIn(request)) return TrafficKind.SignIn;
        if (Credential(request, sessionCookie) is not null) return TrafficKind.User;
        if (IsHealthProbe(request.Path) || IsStaticFile(request, environment)) return TrafficKind.Exempt;
        return TrafficKind.Public;
    }

    /// <summary>The bearer token or session cookie the request carries, if any.</summary>
    public static string? Credential(HttpRequest request, string sessionCookie) =>
        !StringValues.IsNullOrEmpty(request.Headers.Authorization) ? request.Headers.Authorization.ToString()
        : request.Cookies.TryGetValue(sessionCookie, out var session) && !string.IsNullOrEmpty(session) ? session
        : null;

    private static bool IsSignIn(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/account/signin", StringComparison.OrdinalIgnoreCase))
        || request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase)
        // "/signin" and the OpenID Connect callback "/signin-oidc".
        || (request.Path.Value ?? "").StartsWith("/signin", StringComparison.OrdinalIgnoreCase);

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments(Microsoft.Extensions.Hosting.Extensions.HealthPath)
        || path.StartsWithSegments(Microsoft.Extensions.Hosting.Extensions.AlivePath);

    private static bool IsStaticFile(HttpRequest request, IWebHostEnvironment environment) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Path.HasValue
        && !request.Path.StartsWithSegments("/api")
        && Path.HasExtension(request.Path.Value)
        && environment.WebRootFileProvider.GetFileInfo(request.Path.Value!).Exists;
}
