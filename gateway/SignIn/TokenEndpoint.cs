using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace WardPlatform.Gateway.SignIn;

/// <summary>The issuer's token endpoint, called as the gateway client (refresh and personal-token exchange).</summary>
public sealed class TokenEndpoint(IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<GatewayAuthSettings> settings, IssuerBackchannel backchannel)
{
    public sealed record Tokens(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);

    /// <summary>Null when the issuer refuses (expired, revoked, unknown) — the caller treats that as signed out.</summary>
    public async Task<Tokens?> RequestAsync(IDictionary<string, string> parameters, CancellationToken ct)
    {
        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(ct);
        var form = new Dictionary<string, string>(parameters)
        {
            ["client_id"] = settings.Value.ClientId,
            ["client_secret"] = settings.Value.ClientSecret,
        };
        using var response = await backchannel.Client.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), ct);
        if (!response.IsSuccessStatusCode) return null;
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var root = json.RootElement;
        var expiresIn = root.TryGetProperty("expires_in", out var e) ? e.GetInt32() : 300;
        return new Tokens(root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var r) ? r.GetString() : null,
            DateTimeOffset.UtcNow.AddSeconds(expiresIn));
    }
}
