namespace WardPlatform.Gateway.Security.RateLimiting;

/// <summary>Configuration section "RateLimits".</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in traffic, per client address: password guessing must stay slow.</summary>
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 10 };
    /// <summary>Requests without a token or session, per client address.</summary>
    public WindowLimit Public { get; set; } = new() { PermitLimit = 120 };
    /// <summary>Requests with a bearer token or a session cookie, per token/session.</summary>
    public WindowLimit User { get; set; } = new() { PermitLimit = 600 };
    /// <summary>
    /// All signed-in traffic from one client address together. The gateway does not validate tokens itself, so
    /// without this a client inventing a new bearer value for each request would get a fresh budget each time.
    /// </summary>
    public WindowLimit UserPerAddress { get; set; } = new() { PermitLimit = 3000 };
    /// <summary>The name of the web front's session cookie: its presence marks a request as signed in.</summary>
    public string SessionCookie { get; set; } = "ward.session";
}

public sealed class WindowLimit
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
