using WardPlatform.Audit;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Persistence;
using WardPlatform.Rankings;
using WardPlatform.Rankings.Apis;
using WardPlatform.Rankings.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRankingsServices();

var app = builder.Build();
app.UseApiDefaults();
app.UseAudit();
app.UseWardAuthentication();
app.MapDefaultEndpoints();
app.MapRankingsApi();

await app.MigrateDatabaseAsync<RankingsDbContext>();
await app.RunAsync();
