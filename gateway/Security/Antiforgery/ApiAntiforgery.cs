using Microsoft.AspNetCore.Antiforgery;

namespace WardPlatform.Gateway.Security.Antiforgery;

public static class ApiAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string CookieName = "ward.antiforgery";

    public static IServiceCollection AddApiAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(options =>
        {
            options.HeaderName = HeaderName;
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // SecurityHeaders sends DENY on every response; antiforgery's SAMEORIGIN would weaken it.
            options.SuppressXFrameOptionsHeader = true;
        });
}
