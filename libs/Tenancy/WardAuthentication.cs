using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace WardPlatform.Tenancy;

/// <summary>
/// How every service checks who is calling: a JWT access token from the configured issuer (our directory,
/// or a province's own Keycloak / VNeID) for audience <c>ward-api</c>, and no endpoint open unless it says
/// <c>AllowAnonymous</c>. Configuration (section <c>Auth</c>):
/// <list type="bullet">
/// <item><c>Authority</c>: the issuer, as written in the tokens' <c>iss</c>.</item>
/// <item><c>Audience</c>: default <c>ward-api</c>.</item>
/// <item><c>InternalAuthority</c>: optional; where the issuer answers inside the platform (the directory's
/// own address), so keys are fetched without going out through the public address.</item>
/// <item><c>RequireHttpsMetadata</c>: default true; off only for a loopback http issuer.</item>
/// </list>
/// </summary>
public static class WardAuthentication
{
    public const string DefaultAudience = "ward-api";

    public static IHostApplicationBuilder AddWardAuthentication(this IHostApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection("Auth");
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.Authority = auth["Authority"];
            options.Audience = auth["Audience"] ?? DefaultAudience;
            options.RequireHttpsMetadata = auth.GetValue("RequireHttpsMetadata", true);
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "name";
            options.TokenValidationParameters.RoleClaimType = WardClaims.Role;
            if (auth["Authority"] is { Length: > 0 } authority && auth["InternalAuthority"] is { Length: > 0 } internalAuthority)
                options.BackchannelHttpHandler = new IssuerRewriteHandler(new Uri(authority), new Uri(internalAuthority));
            options.Events = new JwtBearerEvents
            {
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    await WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Chưa đăng nhập",
                        "Cần đăng nhập (hoặc mã truy cập hợp lệ) để dùng chức năng này.", "unauthenticated");
                },
                OnForbidden = context => WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden,
                    "Không có quyền", "Vai trò của bạn không được dùng chức năng này.", "forbidden"),
            };
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder.AddTenancy();
    }

    private static async Task WriteProblemAsync(HttpContext http, int status, string title, string detail, string code)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } },
        });
    }
}

/// <summary>
/// Sends requests for the public issuer's address to its address inside the platform, saying which public
/// address was meant (X-Forwarded-Host/Proto), so the issuer's discovery document keeps naming public endpoints.
/// </summary>
public sealed class IssuerRewriteHandler(Uri issuer, Uri internalAddress) : DelegatingHandler(new HttpClientHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var url = request.RequestUri!.AbsoluteUri;
        var from = issuer.AbsoluteUri.TrimEnd('/');
        if (url.StartsWith(from, StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new Uri(internalAddress.AbsoluteUri.TrimEnd('/') + url[from.Length..]);
            request.Headers.Remove("X-Forwarded-Host");
            request.Headers.Remove("X-Forwarded-Proto");
            request.Headers.TryAddWithoutValidation("X-Forwarded-Host", issuer.Authority);
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", issuer.Scheme);
        }
        return base.SendAsync(request, ct);
    }
}
