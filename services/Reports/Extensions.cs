using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using WardPlatform.Reports.Apis;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Handling;
using WardPlatform.Reports.Places;

namespace WardPlatform.Reports;

public static class Extensions
{
    public static IHostApplicationBuilder AddReportsServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<ReportsDbContext>(ResourceNames.ReportsDb);
        builder.AddEventBus<ReportsDbContext>(ResourceNames.Reports);
        builder.AddAudit<ReportsDbContext>(ResourceNames.Reports);
        builder.AddPublicRateLimits();

        builder.Services.AddScoped<PublicDb>();
        builder.Services.AddSingleton<PlaceMatcher>();
        builder.Services.AddScoped<ReportIntake>();
        builder.Services.AddScoped<ReportMoves>();
        return builder;
    }
}
