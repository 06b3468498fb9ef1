using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace WardPlatform.Directory.SignIn;

/// <summary>The OpenID Connect endpoints whose decisions are ours: who is signed in, and what a token says.</summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/connect/token", TokenAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapMethods("/connect/endsession", ["GET", "POST"], (Delegate)EndSessionAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, IServiceProvider services, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(OpenIdServer.SessionScheme);
        if (!session.Succeeded || request.HasPromptValue(PromptValues.Login))
            return Results.Challenge(properties: null, [OpenIdServer.SessionScheme]);

        var person = await FindActivePersonAsync(services, session.Principal.FindFirstValue(Claims.Subject), ct);
        if (person is null)
        {
            await http.SignOutAsync(OpenIdServer.SessionScheme);
            return Results.Challenge(properties: null, [OpenIdServer.SessionScheme]);
        }
        return Results.SignIn(WardPrincipal.For(person, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, IServiceProvider services, IOpenIddictApplicationManager applications,
        TimeProvider clock, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // Re-read the person: a deactivated account or a changed role must not live on in refreshed tokens.
            var stored = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var person = await FindActivePersonAsync(services, stored.Principal?.FindFirstValue(Claims.Subject), ct);
            return person is null
                ? Forbid(Errors.InvalidGrant, "Tài khoản không còn hoạt động.")
                : SignIn(WardPrincipal.For(person, stored.Principal!.GetScopes()));
        }

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, ct);
            var client = application is null ? null : await MachineClients.ReadAsync(applications, application, ct);
            if (client is null) return Forbid(Errors.UnauthorizedClient, "Ứng dụng chưa được gán cho đơn vị nào.");
            return SignIn(WardPrincipal.Build(request.ClientId!, client.DisplayName, client.Role, client.TenantCode, client.ProvinceCode,
                request.GetScopes()));
        }

        if (request.GrantType == OpenIdServer.PersonalTokenGrant)
        {
            var secret = request.GetParameter("token")?.ToString();
            var token = await PersonalTokenExchange.RedeemAsync(services, secret, clock.GetUtcNow(), ct);
            if (token is null) return Forbid(Errors.InvalidGrant, "Mã truy cập cá nhân không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
            var principal = WardPrincipal.For(token.Value.Person, [OpenIdServer.ApiScope]);
            // Never outlive the personal token itself.
            var lifetime = token.Value.ExpiresAt - clock.GetUtcNow();
            if (lifetime < TimeSpan.FromMinutes(30)) principal.SetAccessTokenLifetime(lifetime);
            return SignIn(principal);
        }

        return Forbid(Errors.UnsupportedGrantType, "Kiểu cấp mã không được hỗ trợ.");
    }

    private static async Task<IResult> EndSessionAsync(HttpContext http)
    {
        await http.SignOutAsync(OpenIdServer.SessionScheme);
        // OpenIddict redirects to the client's registered post_logout_redirect_uri, or here to "/".
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<People.Person?> FindActivePersonAsync(IServiceProvider services, string? subject, CancellationToken ct)
    {
        if (!Guid.TryParse(subject, out var id)) return null;
        await using var db = DirectoryDbContext.AsSystem(services);
        return await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.IsActive, ct);
    }

    private static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
