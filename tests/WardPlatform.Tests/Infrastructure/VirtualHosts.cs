using System.Net.Http.Headers;
using System.Text;

namespace WardPlatform.Tests.Infrastructure;

/// <summary>
/// RabbitMQ virtual hosts made through the management API, so that every test host gets a broker of its own:
/// queues are named after the service, and two hosts of one service on one virtual host would share (and
/// steal from) each other's queues.
/// </summary>
public sealed class VirtualHosts(Uri managementApi, string user, string password) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = managementApi,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))) },
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Creates <paramref name="name"/> and gives <c>user</c> every permission on it. Synchronous, so hosts can call it while they build.</summary>
    public void Create(string name)
    {
        Send(HttpMethod.Put, $"api/vhosts/{Uri.EscapeDataString(name)}", "{}");
        Send(HttpMethod.Put, $"api/permissions/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(user)}",
            """{"configure":".*","write":".*","read":".*"}""");
    }

    /// <summary>Deletes <paramref name="name"/> with its queues and exchanges.</summary>
    public async Task DeleteAsync(string name)
    {
        using var response = await _http.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");
        if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.NotFound)
            throw new InvalidOperationException($"Deleting virtual host {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private void Send(HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = _http.Send(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {new StreamReader(response.Content.ReadAsStream()).ReadToEnd()}");
    }

    public void Dispose() => _http.Dispose();
}
