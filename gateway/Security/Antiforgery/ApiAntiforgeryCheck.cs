using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using WardPlatform.Gateway.Security.RateLimiting;

namespace WardPlatform.Gateway.Security.Antiforgery;

/// <summary>
/// A state-changing call to /api/** that a browser authenticates with the session cookie must carry the
/// antiforgery token in X-CSRF-TOKEN, or it stops here (400) and never reaches the service. A call with a
/// bearer token is not a browser's ambient credential and needs none.
/// </summary>
public sealed class ApiAntiforgeryCheck(RequestDelegate next, IAntiforgery antiforgery, IOptions<RateLimitSettings> settings)
{
    public const string Code = "antiforgery_failed";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!NeedsToken(context.Request))
        {
            await next(context);
            return;
        }

        await AuthenticateIfNotYetAsync(context);
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            await SecurityProblems.WriteAsync(context, StatusCodes.Status400BadRequest,
                "Yêu cầu không được xác thực",
                "Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-TOKEN). Hãy tải lại trang rồi thử lại.",
                Code);
            return;
        }
        await next(context);
    }

    private bool NeedsToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method))
        && StringValues.IsNullOrEmpty(request.Headers.Authorization)
        && request.Cookies.ContainsKey(settings.Value.SessionCookie);

    /// <summary>
    /// The token is bound to the signed-in user it was issued to. This check runs first in the pipeline,
    /// possibly before authentication, so it reads the session itself when nobody has yet.
    /// </summary>
    private static async Task AuthenticateIfNotYetAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true) return;
        var schemes = context.RequestServices.GetService<IAuthenticationSchemeProvider>();
        if (schemes is null || await schemes.GetDefaultAuthenticateSchemeAsync() is null) return;
        var result = await context.AuthenticateAsync();
        if (result.Succeeded) context.User = result.Principal;
    }
}
