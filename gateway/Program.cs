using WardPlatform.Gateway;
using WardPlatform.Gateway.Proxy;
using WardPlatform.Gateway.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseGatewaySecurity();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.MapStaticAssets();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapApiReference();
app.MapServiceProxy();

await app.RunAsync();
