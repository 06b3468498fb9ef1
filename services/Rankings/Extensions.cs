using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using WardPlatform.Rankings.Data;

namespace WardPlatform.Rankings;

public static class Extensions
{
    public static IHostApplicationBuilder AddRankingsServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<RankingsDbContext>(ResourceNames.RankingsDb);
        builder.AddEventBus<RankingsDbContext>(ResourceNames.Rankings);
        builder.AddAudit<RankingsDbContext>(ResourceNames.Rankings);
        return builder;
    }
}
