using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.SignIn;

/// <summary>
/// The gateway as the browser's backend: an encrypted cookie session (<c>ward.session</c>) holding the tokens of an
/// OpenID Connect code + PKCE sign-in. The browser never sees a token; the proxy forwards the access token.
/// </summary>
public static class GatewayAuthentication
{
    public const string SessionCookie = "ward.session";

    public static IHostApplicationBuilder AddGatewayAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(GatewayAuthSettings.Section).Get<GatewayAuthSettings>() ?? new GatewayAuthSettings();
        builder.Services.Configure<GatewayAuthSettings>(builder.Configuration.GetSection(GatewayAuthSettings.Section));

        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("WardPlatform.Gateway");
        if (!string.IsNullOrEmpty(settings.DataProtectionPath))
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(settings.DataProtectionPath));

        var backchannel = string.IsNullOrEmpty(settings.InternalAuthority) || string.IsNullOrEmpty(settings.Authority)
            ? null
            : new IssuerRewriteHandler(new Uri(settings.Authority), new Uri(settings.InternalAuthority));
        builder.Services.AddSingleton(new IssuerBackchannel(backchannel is null ? new HttpClient() : new HttpClient(backchannel)));

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = SessionCookie;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.AccessDeniedPath = WebFront.ErrorPages.Path + "/403";
                options.Events.OnValidatePrincipal = SessionRefresh.ValidateAsync;
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = settings.Authority;
                options.ClientId = settings.ClientId;
                options.ClientSecret = settings.ClientSecret;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                if (backchannel is not null) options.BackchannelHttpHandler = backchannel;
                options.ResponseType = OpenIdConnectResponseType.Code;
                // A redirect (GET) back, so Lax cookies suffice even with an identity provider on another site.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.UsePkce = true;
                options.SaveTokens = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.Scope.Clear();
                foreach (var scope in settings.Scopes) options.Scope.Add(scope);
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = WardClaims.Role;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SignedOutRedirectUri = "/";
            });
        builder.Services.AddAuthorization();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<PersonalTokenExchanger>();
        return builder;
    }
}

/// <summary>The HttpClient that talks to the issuer (through its internal address when configured).</summary>
public sealed record IssuerBackchannel(HttpClient Client);
