using WardPlatform.Audit;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Persistence;
using WardPlatform.Directory;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Audit;
using WardPlatform.Directory.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDirectoryServices();

var app = builder.Build();
app.UseApiDefaults();
app.UseAudit();
app.UseWardAuthentication();
app.MapDefaultEndpoints();
app.MapDirectoryApi();
app.MapAuditApi();

await app.MigrateDatabaseAsync<DirectoryDbContext>();
await app.RunAsync();
