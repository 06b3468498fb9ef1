using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Facts;
using WardPlatform.Rankings.Live;

namespace WardPlatform.Rankings;

public static class Extensions
{
    public static IHostApplicationBuilder AddRankingsServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<RankingsDbContext>(ResourceNames.RankingsDb);
        builder.AddEventBus<RankingsDbContext>(ResourceNames.Rankings, bus =>
        {
            // Targets and plans: the targets with their latest values and statuses, the plans and their cascade.
            bus.AddConsumer<PlanIssuedConsumer>();
            bus.AddConsumer<TargetRegisteredConsumer>();
            bus.AddConsumer<ProgressRecordedConsumer>();
            bus.AddConsumer<TargetStatusChangedConsumer>();
            // Fact feeds: one consumer, one fact kind each (Facts/Feeds.cs).
            bus.AddConsumer<ReportResolvedFeed>();
            bus.AddConsumer<ReportVerifiedFeed>();
            bus.AddConsumer<RelapseDetectedFeed>();
            bus.AddConsumer<CommendationDecidedFeed>();
        });
        builder.AddAudit<RankingsDbContext>(ResourceNames.Rankings);
        builder.Services.AddScoped<InputCollector>();
        // The live ranking is scored in the background once per change of the read model (at most every 250 ms under a
        // stream of facts) and read from memory.
        builder.Services.AddSingleton<ReadModelGeneration>();
        builder.Services.AddSingleton<KnownDefinitions>();
        builder.Services.AddSingleton<LiveCache>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, ReadModelSaveInterceptor>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, ReadModelCommitInterceptor>();
        return builder;
    }
}
