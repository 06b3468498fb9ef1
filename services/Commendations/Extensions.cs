using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using WardPlatform.Commendations.Data;

namespace WardPlatform.Commendations;

public static class Extensions
{
    public static IHostApplicationBuilder AddCommendationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<CommendationsDbContext>(ResourceNames.CommendationsDb);
        builder.AddEventBus<CommendationsDbContext>(ResourceNames.Commendations);
        builder.AddAudit<CommendationsDbContext>(ResourceNames.Commendations);
        return builder;
    }
}
