using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace WardPlatform.Gateway.Security.Capacity;

/// <summary>Configuration section "Capacity".</summary>
public sealed class CapacitySettings
{
    public const string Section = "Capacity";

    /// <summary>
    /// Requests the gateway works on at once. Past it a request is refused at once with 503 and Retry-After instead of
    /// queueing behind the others until every one of them times out.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 256;
}

/// <summary>
/// Sheds load past capacity: 503 at once, with Retry-After, counted in the "WardPlatform.Gateway" meter (requests in
/// flight, requests shed) that the dashboard shows. Health probes are never shed.
/// </summary>
public sealed class GatewayCapacity(RequestDelegate next, IOptions<CapacitySettings> settings)
{
    public const string MeterName = "WardPlatform.Gateway";
    public const int RetryAfterSeconds = 1;

    private static readonly Meter Meter = new(MeterName);
    private static readonly UpDownCounter<int> InFlightCounter = Meter.CreateUpDownCounter<int>("ward.gateway.requests.in_flight", description: "Requests the gateway is working on");
    private static readonly Counter<long> Shed = Meter.CreateCounter<long>("ward.gateway.requests.shed", description: "Requests refused with 503 past capacity");
    private int _inFlight;

    public async Task InvokeAsync(HttpContext context)
    {
        if (RateLimiting.TrafficClassifier.IsHealthProbe(context.Request.Path))
        {
            await next(context);
            return;
        }
        if (Interlocked.Increment(ref _inFlight) > settings.Value.MaxConcurrentRequests)
        {
            Interlocked.Decrement(ref _inFlight);
            Shed.Add(1);
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
            await SecurityProblems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Hệ thống đang quá tải",
                $"Có quá nhiều yêu cầu cùng lúc. Vui lòng thử lại sau {RetryAfterSeconds} giây.", "over_capacity",
                new Dictionary<string, object?> { ["retryAfterSeconds"] = RetryAfterSeconds });
            return;
        }
        InFlightCounter.Add(1);
        try { await next(context); }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            InFlightCounter.Add(-1);
        }
    }
}
