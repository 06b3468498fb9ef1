using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace WardPlatform.Gateway.Security.RateLimiting;

/// <summary>
/// One global limiter, partitioned by what a request is: password attempts, the sign-in redirects and anonymous traffic per client address,
/// signed-in traffic per token or session and, in a second limiter, per client address as a whole. Fixed windows without a queue: simple, cheap, and the Retry-After
/// they give is exact; the price is that a client may fit up to twice the limit across a window boundary,
/// which is fine for limits meant to stop floods and password guessing, not to meter.
/// The client address is the connection's: the gateway is the edge (no X-Forwarded-For is trusted),
/// and loopback is limited like any other address.
/// </summary>
public static class GatewayRateLimits
{
    public static IHostApplicationBuilder AddGatewayRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RateLimitSettings>(builder.Configuration.GetSection(RateLimitSettings.Section));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(Partition),
                PartitionedRateLimiter.Create<HttpContext, string>(SignedInPerAddress));
            options.OnRejected = (rejected, _) => RateLimitRejection.WriteAsync(rejected.HttpContext, rejected.Lease);
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        return TrafficClassifier.Classify(context, settings.SessionCookie, environment) switch
        {
            TrafficKind.Password => FixedWindow("password:" + ClientAddress(context), settings.SignIn),
            TrafficKind.SignInFlow => FixedWindow("signin-flow:" + ClientAddress(context), settings.SignInFlow),
            TrafficKind.Public => FixedWindow("public:" + ClientAddress(context), settings.Public),
            TrafficKind.User => FixedWindow("user:" + Fingerprint(TrafficClassifier.Credential(context.Request, settings.SessionCookie)!), settings.User),
            _ => RateLimitPartition.GetNoLimiter("exempt"),
        };
    }

    private static RateLimitPartition<string> SignedInPerAddress(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        return TrafficClassifier.Classify(context, settings.SessionCookie, environment) == TrafficKind.User
            ? FixedWindow("user-address:" + ClientAddress(context), settings.UserPerAddress)
            : RateLimitPartition.GetNoLimiter("not-signed-in");
    }

    private static RateLimitPartition<string> FixedWindow(string key, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    /// <summary>The connection's address; the in-memory test server has none, which is one partition too.</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        IPAddress address => address.ToString(),
    };

    /// <summary>Partition keys live in memory for a window: keep a hash there, not the token itself.</summary>
    private static string Fingerprint(string credential) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential)), 0, 16);
}
