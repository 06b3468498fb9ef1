using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans;

public static class Extensions
{
    public static IHostApplicationBuilder AddPlansServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<PlansDbContext>(ResourceNames.PlansDb);
        builder.AddEventBus<PlansDbContext>(ResourceNames.Plans);
        builder.AddAudit<PlansDbContext>(ResourceNames.Plans);
        return builder;
    }
}
