using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace WardPlatform.Reports.Apis;

/// <summary>
/// Limits on citizens' calls per client address, besides the gateway's own: the address (X-Forwarded-For from the
/// gateway, else the connection) is hashed and lives only in memory for a window; no address is ever stored.
/// Tracking-code look-ups get a tighter budget, so codes cannot be tried in bulk. Configuration "Reports:PublicLimits".
/// </summary>
public static class PublicRateLimits
{
    public const string Policy = "public";
    public const string TrackPolicy = "public-track";

    public static IHostApplicationBuilder AddPublicRateLimits(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Reports:PublicLimits");
        var perMinute = section.GetValue("PerMinute", 60);
        var trackPerMinute = section.GetValue("TrackPerMinute", 20);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, http => Window("p:" + AddressOf(http), perMinute));
            options.AddPolicy(TrackPolicy, http => Window("t:" + AddressOf(http), trackPerMinute));
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: 429, title: "Quá nhiều yêu cầu",
                    detail: "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau 1 phút.",
                    extensions: new Dictionary<string, object?> { ["code"] = "rate_limited" }).ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    private static RateLimitPartition<string> Window(string key, int permits) => permits <= 0
        ? RateLimitPartition.GetNoLimiter(key)
        : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        });

    private static string AddressOf(HttpContext http)
    {
        var forwarded = http.Request.Headers["X-Forwarded-For"].ToString();
        var address = forwarded.Length > 0 ? forwarded.Split(',')[^1].Trim() : http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(address)), 0, 12);
    }
}
