using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Persistence;
using WardPlatform.Directory;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.Demo;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDirectoryServices();

var app = builder.Build();
app.UseApiDefaults();
app.UseWardAuthentication();
app.MapDefaultEndpoints();
app.MapDirectoryApi();

await app.MigrateDatabaseAsync<DirectoryDbContext>();
await app.SeedDemoDataAsync();
await app.RunAsync();
