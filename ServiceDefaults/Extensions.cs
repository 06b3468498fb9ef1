using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Polly;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every service shares, and nothing more: telemetry, health endpoints, service discovery and
/// HttpClient resilience (the shape of Aspire's ServiceDefaults project).
/// </summary>
public static class Extensions
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";
    /// <summary>Tag for checks that say the process is alive; every other check is readiness.</summary>
    public const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // Only reads are retried. Never a second POST, PUT, PATCH or DELETE: a write that timed out may have been
            // applied, and sent again it would be applied twice (a nomination, a report, a decision).
#pragma warning disable EXTEXP0001 // the library's own switch for this, marked experimental
            http.AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.DisableForUnsafeHttpMethods();
                // A read gets 10 s an attempt (and is retried); a write, tried once, gets its whole budget: a decision
                // with its 200 Giấy khen or a long plan import under load takes longer than 10 s, and cut at 10 s the
                // page showed an error for a write the service went on to apply.
                resilience.AttemptTimeout.TimeoutGenerator = args => ValueTask.FromResult(
                    args.Context.GetRequestMessage()?.Method is { } method && IsWrite(method) ? WriteTimeout : resilience.AttemptTimeout.Timeout);
                resilience.TotalRequestTimeout.Timeout = WriteTimeout + TimeSpan.FromSeconds(5);
            });
#pragma warning restore EXTEXP0001
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>How long a call to another service that writes may take (it is never retried).</summary>
    public static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(90);

    private static bool IsWrite(HttpMethod method) => method != HttpMethod.Get && method != HttpMethod.Head && method != HttpMethod.Options;

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            // Scopes would carry every request's path (a tracking code among them) into each log record; the record
            // keeps its trace and span ids, which lead to the request in the trace.
            logging.IncludeScopes = false;
        });
        // "Request starting GET /public/track/{code}", "Proxying to …": paths with secrets in them, and noise.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp.ReverseProxy.Forwarder", LogLevel.Warning);
        // A line per SQL command, per endpoint run and per result written: the console logger's queue filled with them
        // under load and every request waited on its lock (the reports service spent 42% of its time there at 40
        // reports/s). The traces keep each command and each request.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Http.Result", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Http.HttpResults", LogLevel.Warning);

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "WardPlatform.Messaging", "WardPlatform.Gateway"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, "MassTransit", "WardPlatform.Messaging", "Npgsql")
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !IsHealthRequest(context);
                    o.EnrichWithHttpRequest = (activity, request) =>
                    {
                        var path = request.Path.Value ?? "";
                        if (SecretPaths.Redact(path) is var redacted && redacted != path) activity.SetTag("url.path", redacted);
                    };
                })
                .AddHttpClientInstrumentation(o =>
                {
                    o.FilterHttpRequestMessage = r =>
                        r.RequestUri is null || !(r.RequestUri.AbsolutePath.EndsWith(HealthPath) || r.RequestUri.AbsolutePath.EndsWith(AlivePath));
                    o.EnrichWithHttpRequestMessage = (activity, request) =>
                    {
                        var url = request.RequestUri?.ToString() ?? "";
                        if (SecretPaths.Redact(url) is var redacted && redacted != url) activity.SetTag("url.full", redacted);
                    };
                })
            );

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            builder.Services.AddOpenTelemetry().UseOtlpExporter();

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// /health: ready (every check, database and broker included); /alive: the process answers.
    /// Mapped in every environment, because the AppHost and the gateway wait on them.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteJson }).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) }).AllowAnonymous();
        return app;
    }

    private static bool IsHealthRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HealthPath) || context.Request.Path.StartsWithSegments(AlivePath);
}
