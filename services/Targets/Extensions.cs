using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.IssuedPlans;

namespace WardPlatform.Targets;

public static class Extensions
{
    public static IHostApplicationBuilder AddTargetsServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<TargetsDbContext>(ResourceNames.TargetsDb);
        builder.AddEventBus<TargetsDbContext>(ResourceNames.Targets, bus => bus.AddConsumer<PlanIssuedConsumer>());
        builder.AddAudit<TargetsDbContext>(ResourceNames.Targets);
        return builder;
    }
}
