using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using WardPlatform.Directory.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace WardPlatform.Directory.SignIn;

/// <summary>
/// The OpenID Connect server (OpenIddict): authorization code + PKCE for the gateway's web front, client
/// credentials for machine clients, refresh tokens, and the personal-token exchange the gateway uses for
/// scripts. Access tokens are plain signed JWTs for audience <c>ward-api</c>.
/// </summary>
public static class OpenIdServer
{
    /// <summary>The directory's own sign-in session (the identity provider's cookie, not the gateway's).</summary>
    public const string SessionScheme = "ward.idp";
    public const string PersonalTokenGrant = "urn:wardplatform:grant-type:personal-token";
    public const string ApiScope = "ward-api";

    public static IHostApplicationBuilder AddOpenIdServer(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
        builder.Services.Configure<IdentitySettings>(builder.Configuration.GetSection(IdentitySettings.Section));

        builder.Services.AddAuthentication().AddCookie(SessionScheme, options =>
        {
            options.Cookie.Name = SessionScheme;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/signin";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // Relative, so the browser stays on the gateway's address whatever host this service sees.
            options.Events.OnRedirectToLogin = context =>
            {
                var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                context.Response.Redirect("/account/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
                return Task.CompletedTask;
            };
        });

        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<DirectoryDbContext>())
            .AddServer(options =>
            {
                options.SetIssuer(new Uri(settings.Issuer));
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow()
                    .AllowCustomFlow(PersonalTokenGrant);
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, ApiScope);
                options.SetAccessTokenLifetime(settings.AccessTokenLifetime);
                // Resource servers (our services, or anyone's) validate access tokens from the JWKS alone.
                options.DisableAccessTokenEncryption();
                var aspNetCore = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!settings.RequireHttps) aspNetCore.DisableTransportSecurityRequirement();
            });
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, SigningKeys>();

        // Requests arrive through the gateway (or its backchannel, see IssuerRewriteHandler): take the public host and
        // scheme from it, so discovery and redirects name the gateway's address and cookies are Secure behind TLS.
        // The directory is reachable only inside the platform, so every caller is a proxy of ours.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });
        builder.Services.AddRazorPages();
        builder.Services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return builder;
    }
}
