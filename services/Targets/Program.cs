using WardPlatform.Audit;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Persistence;
using WardPlatform.Targets;
using WardPlatform.Targets.Apis;
using WardPlatform.Targets.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTargetsServices();

var app = builder.Build();
app.UseApiDefaults();
app.UseAudit();
app.UseWardAuthentication();
app.MapDefaultEndpoints();
app.MapTargetsApi();

await app.MigrateDatabaseAsync<TargetsDbContext>();
await app.RunAsync();
