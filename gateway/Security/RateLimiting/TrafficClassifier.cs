using Microsoft.Extensions.Primitives;

namespace WardPlatform.Gateway.Security.RateLimiting;

/// <summary>
/// Password: a sign-in form post or a token request, where a password or a secret is tried. SignInFlow: the redirects
/// around it (the challenge, the authorisation endpoint, the form itself, the callback), about five per sign-in.
/// </summary>
public enum TrafficKind { Exempt, Password, SignInFlow, Public, User }

/// <summary>Which limit a request counts against.</summary>
public static class TrafficClassifier
{
    public static TrafficKind Classify(HttpContext context, string sessionCookie, IWebHostEnvironment environment)
    {
        var request = context.Request;
        // The error page: a 429 is shown through it, so it must not be limited itself.
        if (WebFront.ErrorPages.IsErrorPage(request.Path)) return TrafficKind.Exempt;
        if (IsPasswordAttempt(request)) return TrafficKind.Password;
        if (IsSignInFlow(request)) return TrafficKind.SignInFlow;
        if (Credential(request, sessionCookie) is not null) return TrafficKind.User;
        if (IsHealthProbe(request.Path) || IsStaticFile(request, environment)) return TrafficKind.Exempt;
        return TrafficKind.Public;
    }

    /// <summary>The bearer token or session cookie the request carries, if any.</summary>
    public static string? Credential(HttpRequest request, string sessionCookie) =>
        !StringValues.IsNullOrEmpty(request.Headers.Authorization) ? request.Headers.Authorization.ToString()
        : request.Cookies.TryGetValue(sessionCookie, out var session) && !string.IsNullOrEmpty(session) ? session
        : null;

    public static bool IsPasswordAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments("/account/signin", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/connect/token", StringComparison.OrdinalIgnoreCase));

    private static bool IsSignInFlow(HttpRequest request) =>
        request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/account/signin", StringComparison.OrdinalIgnoreCase)
        // "/signin" and the OpenID Connect callback "/signin-oidc".
        || (request.Path.Value ?? "").StartsWith("/signin", StringComparison.OrdinalIgnoreCase);

    public static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments(Microsoft.Extensions.Hosting.Extensions.HealthPath)
        || path.StartsWithSegments(Microsoft.Extensions.Hosting.Extensions.AlivePath);

    private static bool IsStaticFile(HttpRequest request, IWebHostEnvironment environment) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Path.HasValue
        && !request.Path.StartsWithSegments("/api")
        && Path.HasExtension(request.Path.Value)
        && environment.WebRootFileProvider.GetFileInfo(request.Path.Value!).Exists;
}
