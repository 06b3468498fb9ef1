using System.Text.Encodings.Web;
using System.Text.Unicode;
using WardPlatform.Gateway.Platform;
using WardPlatform.Gateway.Proxy;
using WardPlatform.Gateway.SignIn;
using WardPlatform.Gateway.Security;

namespace WardPlatform.Gateway;

public static class Extensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddRazorPages();
        // Razor writes every Vietnamese letter as a numeric entity unless told all of Unicode is fine.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddGatewayAuthentication();
        builder.Services.AddSingleton<TokenEndpoint>();
        builder.Services.AddHttpClient<WardHome>();
        builder.Services.AddHttpClient<WebFront.ServiceClient>();
        builder.Services.AddScoped<WebFront.PublicReports>();
        builder.Services.AddHttpContextAccessor();
        builder.AddServiceProxy();
        builder.AddPlatformStatus();
        builder.AddGatewaySecurity();
        return builder;
    }
}
