namespace WardPlatform.Gateway.Security.Headers;

/// <summary>The Content-Security-Policy values the gateway sends.</summary>
public static class ContentSecurityPolicy
{
    /// <summary>Everything: only our own scripts, styles and images, never framed.</summary>
    public const string Default =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /// <summary>
    /// The API reference (Scalar, served from the gateway itself): its page starts with an inline script,
    /// allowed by the nonce Scalar puts on it for this one response; its Vue components set inline styles.
    /// Still nothing from another origin (Scalar's CDN fonts and telemetry are off).
    /// </summary>
    public static string ApiReference(string nonce) =>
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; " +
        $"script-src 'self' 'nonce-{nonce}'; font-src 'self' data:; worker-src 'self' blob:; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
}
