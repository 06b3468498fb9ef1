using WardPlatform.Audit;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Persistence;
using WardPlatform.Directory;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Audit;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.People;
using WardPlatform.Directory.SignIn;
using WardPlatform.Directory.Tokens;
using WardPlatform.Directory.Demo;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDirectoryServices();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseApiDefaults();
app.UseAudit();
app.UseWardAuthentication();
app.MapDefaultEndpoints();
app.MapRazorPages();
app.MapConnectEndpoints();
app.MapDirectoryApi();
app.MapTokensApi();
app.MapAuditApi();

await app.MigrateDatabaseAsync<DirectoryDbContext>();
await app.RegisterGatewayClientAsync();
await app.EnsureBootstrapAdministratorAsync();
await app.SeedDemoDataAsync();
await app.RunAsync();
