namespace WardPlatform.Gateway.Security.Headers;

/// <summary>The Content-Security-Policy values the gateway sends.</summary>
public static class ContentSecurityPolicy
{
    /// <summary>Everything: only our own scripts, styles and images, never framed.</summary>
    public const string Default =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /// <summary>
    /// The API reference (Scalar, its script served by the gateway itself): the page starts Scalar with an
    /// inline script, allowed by the nonce Scalar puts on it for this one response, and Scalar's components
    /// set inline styles. Nothing from another origin (its CDN fonts and telemetry are off in ApiReference).
    /// </summary>
    public static string ApiReference(string nonce) =>
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
        $"script-src 'self' 'nonce-{nonce}'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
}
