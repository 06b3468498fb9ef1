using WardPlatform.Audit;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Persistence;
using WardPlatform.Plans;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlansServices();

var app = builder.Build();
app.UseApiDefaults();
app.UseAudit();
app.UseWardAuthentication();
app.MapDefaultEndpoints();
app.MapPlansApi();

await app.MigrateDatabaseAsync<PlansDbContext>();
await app.RunAsync();
