using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Documents;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Commendations.Rules;
using WardPlatform.Commendations.Targets;

namespace WardPlatform.Commendations;

public static class Extensions
{
    public static IHostApplicationBuilder AddCommendationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        // The public list and objections are open without a token: marked so in the OpenAPI document.
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<CommendationsDbContext>(ResourceNames.CommendationsDb);
        builder.AddEventBus<CommendationsDbContext>(ResourceNames.Commendations, bus =>
        {
            bus.AddConsumer<PlanIssuedConsumer>();
            bus.AddConsumer<TargetRegisteredConsumer>();
            bus.AddConsumer<TargetStatusChangedConsumer>();
        });
        builder.AddAudit<CommendationsDbContext>(ResourceNames.Commendations);

        builder.Services.AddScoped<RuleBook>();
        builder.Services.AddScoped<NominationViews>();
        DirectoryNominees.Register(builder);
        builder.Services.AddSingleton<WardNames>();
        return builder;
    }
}
