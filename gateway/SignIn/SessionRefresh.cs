using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace WardPlatform.Gateway.SignIn;

/// <summary>
/// Keeps a session's access token fresh: shortly before it expires the refresh token buys a new one. When the
/// issuer refuses (account deactivated, refresh token revoked) the session ends.
/// </summary>
public static class SessionRefresh
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiry)) return;
        if (expiry - DateTimeOffset.UtcNow > Margin) return;

        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        var endpoint = context.HttpContext.RequestServices.GetRequiredService<TokenEndpoint>();
        var tokens = refreshToken is null ? null : await endpoint.RequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }, context.HttpContext.RequestAborted);
        if (tokens is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.Properties.UpdateTokenValue("access_token", tokens.AccessToken);
        if (tokens.RefreshToken is not null) context.Properties.UpdateTokenValue("refresh_token", tokens.RefreshToken);
        context.Properties.UpdateTokenValue("expires_at", tokens.ExpiresAt.ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }
}
