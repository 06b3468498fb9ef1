using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WardPlatform.Gateway.Proxy;

namespace WardPlatform.Gateway.Platform;

public sealed record ServiceStatus(string Service, bool Healthy, string Detail, double Milliseconds);

/// <summary>Asks each backend service's /health, all at once, each with a short time limit.</summary>
public sealed class PlatformStatus(IHttpClientFactory clients, IConfiguration configuration)
{
    public const string ClientName = "downstream-health";

    public IReadOnlyCollection<string> Services => ServiceRoutes.ConfiguredServices(configuration).Keys.ToList();

    public Task<ServiceStatus[]> CheckAllAsync(CancellationToken ct) => Task.WhenAll(Services.Select(s => CheckAsync(s, ct)));

    public async Task<ServiceStatus> CheckAsync(string service, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var response = await clients.CreateClient(ClientName).GetAsync($"http://{service}/health", timeout.Token);
            return new ServiceStatus(service, response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}", clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return new ServiceStatus(service, false, e is OperationCanceledException ? "timeout" : e.Message, clock.Elapsed.TotalMilliseconds);
        }
    }
}

/// <summary>One readiness check per backend service, so the gateway's /health reports each of them.</summary>
public sealed class DownstreamHealthCheck(PlatformStatus status, string service) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var result = await status.CheckAsync(service, ct);
        return result.Healthy
            ? HealthCheckResult.Healthy($"{result.Detail} in {result.Milliseconds:0} ms")
            : HealthCheckResult.Unhealthy(result.Detail);
    }
}

public static class PlatformStatusExtensions
{
    public static IHostApplicationBuilder AddPlatformStatus(this IHostApplicationBuilder builder)
    {
        // No retries for health probes: a down service must show as down at once, not after the retry budget.
#pragma warning disable EXTEXP0001 // experimental, and exactly what a health probe needs
        builder.Services.AddHttpClient(PlatformStatus.ClientName).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddSingleton<PlatformStatus>();
        var checks = builder.Services.AddHealthChecks();
        foreach (var service in ServiceRoutes.ConfiguredServices(builder.Configuration).Keys)
            checks.Add(new HealthCheckRegistration(service,
                sp => new DownstreamHealthCheck(sp.GetRequiredService<PlatformStatus>(), service),
                HealthStatus.Unhealthy, ["ready", "downstream"]));
        return builder;
    }
}
