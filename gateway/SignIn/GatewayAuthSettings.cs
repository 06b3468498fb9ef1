namespace WardPlatform.Gateway.SignIn;

/// <summary>
/// Configuration section <c>Auth</c>: which OpenID Connect provider signs people in. Our directory by default;
/// a province's Keycloak or VNeID by setting these alone (see README, "Sign-in with your own identity provider").
/// </summary>
public sealed class GatewayAuthSettings
{
    public const string Section = "Auth";

    /// <summary>The issuer (e.g. http://localhost:8080/ for our directory, https://sso.example.gov.vn/realms/dongnai for Keycloak).</summary>
    public string Authority { get; set; } = "";
    /// <summary>Optional: where the issuer answers inside the platform (our directory's own address).</summary>
    public string? InternalAuthority { get; set; }
    public string ClientId { get; set; } = "gateway";
    public string ClientSecret { get; set; } = "";
    public bool RequireHttpsMetadata { get; set; } = true;
    public string[] Scopes { get; set; } = ["openid", "profile", "offline_access", "ward-api"];
    /// <summary>Where the session cookie's encryption keys are kept (shared by gateway instances, kept across restarts).</summary>
    public string? DataProtectionPath { get; set; }
    /// <summary>Whether the issuer can exchange personal API tokens (only our directory can).</summary>
    public bool PersonalTokens { get; set; } = true;
    /// <summary>How long an exchanged personal token is reused: a revoked one stops working within this time.</summary>
    public int PersonalTokenCacheSeconds { get; set; } = 30;
}
