using WardPlatform.Audit;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Persistence;
using WardPlatform.Commendations;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCommendationsServices();

var app = builder.Build();
app.UseApiDefaults();
app.UseAudit();
app.UseWardAuthentication();
app.MapDefaultEndpoints();
app.MapCommendationsApi();

await app.MigrateDatabaseAsync<CommendationsDbContext>();
await app.RunAsync();
