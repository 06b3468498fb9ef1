using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Feeds;
using WardPlatform.Targets.IssuedPlans;
using WardPlatform.Targets.Progress;
using WardPlatform.Targets.Registration;
using WardPlatform.Targets.Status;

namespace WardPlatform.Targets;

public static class Extensions
{
    public static IHostApplicationBuilder AddTargetsServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<TargetsDbContext>(ResourceNames.TargetsDb);
        builder.AddEventBus<TargetsDbContext>(ResourceNames.Targets, bus =>
        {
            bus.AddConsumer<PlanIssuedConsumer>();
            bus.AddConsumer<PlanClosedConsumer>();
            bus.AddConsumer<ReportFacts.ReportResolvedConsumer>();
            bus.AddConsumer<ReportFacts.ReportVerifiedConsumer>();
        });
        builder.AddAudit<TargetsDbContext>(ResourceNames.Targets);

        builder.Services.AddScoped<TargetStatusUpdater>();
        builder.Services.AddScoped<TargetRegistrar>();
        builder.Services.AddScoped<ProgressRecorder>();
        builder.Services.AddScoped<StatusSweeper>();
        builder.Services.AddHostedService<DailyStatusSweep>();
        builder.Services.AddSingleton<WardNames>();

        // Computed targets: each feed names the event it listens to; TargetFeeds runs them.
        builder.Services.AddScoped<TargetFeeds>();
        builder.Services.AddScoped<ITargetFeed, CascadePlansFeed>();
        builder.Services.AddScoped<ITargetFeed, ReportsOnTimeFeed>();
        builder.Services.AddScoped<ITargetFeed, VerifiedIncidentsFeed>();
        return builder;
    }
}
