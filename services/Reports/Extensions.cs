using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using WardPlatform.Reports.Data;

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
        return builder;
    }
}
