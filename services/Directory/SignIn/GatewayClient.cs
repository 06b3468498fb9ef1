using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace WardPlatform.Directory.SignIn;

/// <summary>
/// Registers (or updates) the gateway as a confidential client at every start: authorization code with PKCE,
/// refresh tokens, and the personal-token exchange; redirect URIs for each public address of the web front.
/// </summary>
public static class GatewayClient
{
    public const string ClientId = "gateway";

    public static async Task RegisterGatewayClientAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<IdentitySettings>>().Value;
        if (string.IsNullOrEmpty(settings.GatewayClientSecret))
        {
            app.Logger.LogWarning("Identity:GatewayClientSecret is not set: the gateway cannot sign anyone in");
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = settings.GatewayClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Cổng WardPlatform",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.Prefixes.GrantType + OpenIdServer.PersonalTokenGrant,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                Permissions.Prefixes.Scope + OpenIdServer.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var url in settings.GatewayUrls.Append(settings.Issuer).Distinct())
        {
            var root = url.TrimEnd('/');
            descriptor.RedirectUris.Add(new Uri(root + "/signin-oidc"));
            descriptor.PostLogoutRedirectUris.Add(new Uri(root + "/signout-callback-oidc"));
        }
        if (await applications.FindByClientIdAsync(ClientId) is { } existing)
            await applications.UpdateAsync(existing, descriptor);
        else
            await applications.CreateAsync(descriptor);
    }
}
