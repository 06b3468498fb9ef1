using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace WardPlatform.Persistence;

public static class ServiceDatabase
{
    /// <summary>
    /// Registers the service's own database from ConnectionStrings:{connectionName} (as an Aspire
    /// reference injects it), with snake_case names and every registered EF interceptor (the outbox adds
    /// one), enriched by Aspire's Npgsql EF Core integration: its readiness health check, tracing and metrics.
    /// Its retrying execution strategy stays off: the outbox, the inbox and the migrator open their own
    /// transactions, which a retrying strategy refuses.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDb>(this IHostApplicationBuilder builder, string connectionName)
        where TDb : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not configured. The AppHost injects it; for a deployment set ConnectionStrings__{connectionName}.");

        builder.Services.AddDbContext<TDb>((services, options) => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(services.GetServices<IInterceptor>()));

        builder.EnrichNpgsqlDbContext<TDb>(settings => settings.DisableRetry = true);
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        return builder;
    }
}
