using System.Globalization;
using System.Threading.RateLimiting;

namespace WardPlatform.Gateway.Security.RateLimiting;

/// <summary>429 as a Vietnamese problem, with Retry-After in seconds from the limiter's own estimate.</summary>
public static class RateLimitRejection
{
    public const string Code = "rate_limited";

    public static ValueTask WriteAsync(HttpContext context, RateLimitLease lease) =>
        WriteAsync(context, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));

    public static async ValueTask WriteAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (WebFront.ErrorPages.WantsPage(context))
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;   // the error page is written on the way out
            return;
        }
        await SecurityProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests,
            "Quá nhiều yêu cầu",
            $"Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau {seconds} giây.",
            Code,
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }
}
