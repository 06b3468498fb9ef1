using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using WardPlatform.Contracts;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Persistence;

namespace WardPlatform.Messaging;

public static class EventBusExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ the way every service uses it: publisher confirms, quorum queues named
    /// "{service}-{consumer}" (bounded by the broker's policy, <see cref="QueueBounds"/>; their depth in <see cref="QueueDepth"/>), retries before a message goes to the "_error" queue, and the outbox of
    /// <typeparamref name="TDb"/> dispatched right after commit and swept for leftovers.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus<TDb>(this IHostApplicationBuilder builder, string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null) where TDb : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.EventBus)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ResourceNames.EventBus} is not configured. The AppHost injects it; for a deployment set ConnectionStrings__{ResourceNames.EventBus}.");
        var connection = EventBusConnection.Parse(connectionString);

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers?.Invoke(bus);

            bus.AddConfigureEndpointsCallback((context, queue, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.SetQuorumQueue();
                context.GetRequiredService<QueueDepth>().Queues.TryAdd(queue, 0);
                // The database restarting: keep the message and try again for about a minute before the error queue.
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(DatabaseFailures.IsUnavailable);
                    retry.Intervals(1000, 2000, 5000, 10_000, 15_000, 30_000);
                });
                // Anything else (a bug, bad data): a few quick tries, then the error queue.
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Ignore<Exception>(DatabaseFailures.IsUnavailable);
                    retry.Intervals(100, 500, 2000, 5000);
                });
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(connection.Host, (ushort)connection.Port, connection.VirtualHost, host =>
                {
                    host.Username(connection.Username);
                    host.Password(connection.Password);
                    host.PublisherConfirmation = true;
                });
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(ResourceNames.EventBus,
            _ => new BrokerHealthCheck(connection), HealthStatus.Unhealthy, ["ready", "eventbus"]));

        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton(connection);
        builder.Services.TryAddSingleton<QueueDepth>();
        builder.Services.AddHostedService<QueueDepthPoller>();

        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection("Outbox"));
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxBacklog>();
        builder.Services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, OutboxBackPressureStartup>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, OutboxCommitInterceptor>());
        builder.Services.AddHostedService<OutboxDispatcher<TDb>>();
        return builder;
    }
}
