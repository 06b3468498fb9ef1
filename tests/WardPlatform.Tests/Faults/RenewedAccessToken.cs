using System.Net.Http.Headers;

namespace WardPlatform.Tests.Faults;

/// <summary>
/// Puts a person's access token on every request of the load and trades the personal token for a new one before the
/// old one expires (access tokens live 30 minutes; a long fault run lasts an hour), as a browser's session renews
/// its own. A renewal refused while the directory is down keeps the old token and is tried again on the next request.
/// </summary>
internal sealed class RenewedAccessToken(string first, Func<CancellationToken, Task<string>> exchange) : DelegatingHandler(new HttpClientHandler())
{
    private static readonly TimeSpan RenewAfter = TimeSpan.FromMinutes(20);
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private string _token = first;
    private DateTime _obtained = DateTime.UtcNow;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (DateTime.UtcNow - _obtained > RenewAfter && await _renewing.WaitAsync(0, ct))
        {
            try
            {
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
                limit.CancelAfter(TimeSpan.FromSeconds(10));
                _token = await exchange(limit.Token);
                _obtained = DateTime.UtcNow;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidOperationException && !ct.IsCancellationRequested) { }
            finally { _renewing.Release(); }
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return await base.SendAsync(request, ct);
    }
}
