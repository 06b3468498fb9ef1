using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WardPlatform.Gateway.Proxy;

namespace WardPlatform.Gateway.Platform;

/// <summary>
/// A service's readiness as its own /health reports it: <see cref="Status"/> "Healthy", "Degraded" or "Unhealthy" (or
/// "Unreachable"), <see cref="Detail"/> the failing checks with their reasons.
/// </summary>
public sealed record ServiceStatus(string Service, bool Healthy, string Detail, double Milliseconds, string Status = "Healthy")
{
    /// <summary>The status in Vietnamese, as the web front shows it.</summary>
    public string Label => Status switch
    {
        "Healthy" => "Hoạt động",
        "Degraded" => "Suy giảm",
        "Unhealthy" => "Lỗi",
        _ => "Không phản hồi",
    };
}

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
            var (status, detail) = await ReadReportAsync(response, timeout.Token);
            return new ServiceStatus(service, status == "Healthy", detail, clock.Elapsed.TotalMilliseconds, status);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return new ServiceStatus(service, false, e is OperationCanceledException ? "timeout" : e.Message, clock.Elapsed.TotalMilliseconds, "Unreachable");
        }
    }

    /// <summary>The report's own status (not just the HTTP status: Degraded answers 200) and each failing check's reason.</summary>
    private static async Task<(string Status, string Detail)> ReadReportAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var status = report.RootElement.GetProperty("status").GetString() ?? "Unhealthy";
            var failing = report.RootElement.TryGetProperty("checks", out var checks)
                ? checks.EnumerateObject().Where(c => c.Value.GetProperty("status").GetString() != "Healthy")
                    .Select(c => $"{c.Name}: {c.Value.GetProperty("status").GetString()}" +
                                 (c.Value.TryGetProperty("description", out var d) && d.GetString() is { Length: > 0 } text ? $" ({text})" : ""))
                    .ToList()
                : [];
            return (status, failing.Count == 0 ? $"HTTP {(int)response.StatusCode}" : string.Join("; ", failing));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (response.IsSuccessStatusCode ? "Healthy" : "Unhealthy", $"HTTP {(int)response.StatusCode}");
        }
    }
}

/// <summary>One readiness check per backend service, so the gateway's /health reports each of them.</summary>
public sealed class DownstreamHealthCheck(PlatformStatus status, string service) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var result = await status.CheckAsync(service, ct);
        return result.Status switch
        {
            "Healthy" => HealthCheckResult.Healthy($"{result.Detail} in {result.Milliseconds:0} ms"),
            "Degraded" => HealthCheckResult.Degraded(result.Detail),
            _ => HealthCheckResult.Unhealthy(result.Detail),
        };
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
