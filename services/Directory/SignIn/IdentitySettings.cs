namespace WardPlatform.Directory.SignIn;

/// <summary>Configuration section <c>Identity</c>: how the directory's OpenID Connect server presents itself.</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>The issuer as browsers and services see it: the gateway's public address (it proxies /connect and /account here).</summary>
    public string Issuer { get; set; } = "http://localhost:8080/";
    /// <summary>Public addresses of the gateway's web front (redirect URIs are registered for each).</summary>
    public string[] GatewayUrls { get; set; } = [];
    /// <summary>The gateway client's secret (the AppHost generates one per state directory).</summary>
    public string GatewayClientSecret { get; set; } = "";
    /// <summary>False only when the issuer is plain-http loopback (development, tests).</summary>
    public bool RequireHttps { get; set; } = true;
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>Wrong passwords in a row before a lockout, and how long the lockout lasts.</summary>
    public int MaxFailedSignIns { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
