using System.Net;

namespace WardPlatform.Gateway.WebFront;

/// <summary>
/// The citizens' pages' calls to the reports service: without any token (even for a signed-in visitor, a citizen's
/// page acts as a citizen), passing the visitor's address in X-Forwarded-For so the service's per-address limits
/// apply to each citizen, not to the gateway as a whole.
/// </summary>
public sealed class PublicReports(ServiceClient services, IHttpContextAccessor context)
{
    public Task<ServiceAnswer> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);

    public Task<ServiceAnswer> PostAsync(string path, HttpContent? content, CancellationToken ct) => SendAsync(HttpMethod.Post, path, content, ct);

    private Task<ServiceAnswer> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        var address = context.HttpContext?.Connection.RemoteIpAddress;
        var forwarded = address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
        return services.SendAnonymousAsync("reports", method, "/public" + path, content, forwarded, ct);
    }

    public static bool IsNotFound(ServiceAnswer answer) => answer.Status == HttpStatusCode.NotFound;
}
