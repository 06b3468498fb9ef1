namespace WardPlatform.Gateway.Security.RateLimiting;

/// <summary>Configuration section "RateLimits".</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    /// <summary>
    /// Password attempts (sign-in form posts, token requests), right or wrong, per client address. A whole office signs
    /// in from one address (thirty people in a minute, a few typing twice), so this is a flood limit; guessing is held
    /// by <see cref="FailedSignIns"/> and by the directory's lockout of each account.
    /// </summary>
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 300 };
    /// <summary>The redirects around a sign-in (about five per person), per client address.</summary>
    public WindowLimit SignInFlow { get; set; } = new() { PermitLimit = 1800 };
    /// <summary>
    /// Wrong passwords and refused secrets per client address: once spent, every password attempt from the address is
    /// refused until the window ends. Right passwords cost nothing, so no office reaches it by signing in.
    /// </summary>
    public WindowLimit FailedSignIns { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(15) };
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
