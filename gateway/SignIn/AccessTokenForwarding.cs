using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace WardPlatform.Gateway.SignIn;

/// <summary>
/// In the proxy pipeline, for /api/** only: a signed-in browser's access token goes to the service as a bearer
/// token; a personal API token is exchanged for one; any other bearer token passes unchanged (the service
/// validates it). The browser's cookies are never forwarded to services.
/// </summary>
public sealed class AccessTokenForwarding(RequestDelegate next, PersonalTokenExchanger personalTokens)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Request.Headers.Remove(HeaderNames.Cookie);
            var authorization = context.Request.Headers.Authorization.ToString();
            if (authorization.StartsWith("Bearer " + PersonalTokenExchanger.SecretPrefix, StringComparison.Ordinal))
            {
                var jwt = await personalTokens.ExchangeAsync(authorization["Bearer ".Length..].Trim(), context.RequestAborted);
                // An unusable personal token reaches the service without credentials: its 401 problem says why.
                if (jwt is null) context.Request.Headers.Remove(HeaderNames.Authorization);
                else context.Request.Headers.Authorization = "Bearer " + jwt;
            }
            else if (authorization.Length == 0 && context.User.Identity?.IsAuthenticated == true
                     && await context.GetTokenAsync("access_token") is { } accessToken)
            {
                context.Request.Headers.Authorization = "Bearer " + accessToken;
            }
        }
        await next(context);
    }
}
