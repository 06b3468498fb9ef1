using Microsoft.AspNetCore.Builder;

namespace WardPlatform.Tenancy;

public static class WardAuthenticationApp
{
    /// <summary>Authentication then authorisation; after the exception handler so denials are problems too.</summary>
    public static WebApplication UseWardAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
