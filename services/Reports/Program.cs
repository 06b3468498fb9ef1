using WardPlatform.Audit;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Persistence;
using WardPlatform.Reports;
using WardPlatform.Reports.Apis;
using WardPlatform.Reports.Calendar;
using WardPlatform.Reports.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReportsServices();

var app = builder.Build();
app.UseApiDefaults();
app.UseAudit();
app.UseWardAuthentication();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapReportsApi();

await app.MigrateDatabaseAsync<ReportsDbContext>();
await app.SeedHolidaysAsync();
await app.RunAsync();
