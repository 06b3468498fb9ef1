using Microsoft.AspNetCore.Mvc.Testing;

namespace WardPlatform.Tests.Infrastructure;

public static class HostHealth
{
    /// <summary>Waits until the service's /health says ready: database reachable and bus connected.</summary>
    public static Task WaitReadyAsync<T>(this WebApplicationFactory<T> host) where T : class
    {
        var client = host.CreateClient();
        return Eventually.HoldsAsync(async () => (await client.GetAsync("/health")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), $"{typeof(T).Name} service ready", TestContext.Current.CancellationToken);
    }
}
