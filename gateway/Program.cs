using WardPlatform.Gateway;
using WardPlatform.Gateway.Proxy;
using WardPlatform.Gateway.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseGatewaySecurity();
// Routing after the error pages' re-execution, so a re-executed request (/loi/404) finds its page.
app.UseRouting();
app.UseWhen(context => !WardPlatform.Gateway.WebFront.ErrorPages.WantsPage(context), api =>
{
    api.UseExceptionHandler();
    api.UseStatusCodePages();
});
app.MapDefaultEndpoints();
app.MapStaticAssets();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapApiReference();
app.MapServiceProxy();

await app.RunAsync();
