using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace WardPlatform.Messaging;

/// <summary>
/// The bound on the services' queues, as a RabbitMQ policy (a policy, not queue arguments, so queues declared by an
/// earlier run take it too, without being declared again): past <see cref="DefaultMaxLength"/> messages a queue
/// refuses new ones ("reject-publish"). The publisher gets a nack, so the outbox keeps the event and publishes it again
/// once the consumer has made room; consumers' inboxes drop the copies that reached the other, non-full queues of the
/// same event. The error and skipped queues are not bounded: a faulted message must always have somewhere to go.
/// </summary>
public static class QueueBounds
{
    public const string PolicyName = "ward-queue-bounds";

    /// <summary>Five times the outbox's own bound (20,000): a stopped consumer fills its queue well after the producing
    /// service has started to refuse writes, so the bound only ever holds when something else publishes.</summary>
    public const int DefaultMaxLength = 100_000;

    /// <summary>Every queue but MassTransit's "…_error" and "…_skipped" (Erlang's regular expressions, PCRE).</summary>
    public const string QueuePattern = "^(?!.*_(error|skipped)$)";

    /// <summary>
    /// Sets the policy on <paramref name="virtualHost"/> through the management API (idempotent). The API can answer
    /// a moment after the broker's ports open, so a refused call is tried again for about ten seconds.
    /// </summary>
    public static async Task ApplyAsync(Uri managementApi, string user, string password, string virtualHost,
        int maxLength = DefaultMaxLength, CancellationToken ct = default)
    {
        using var http = new HttpClient { BaseAddress = managementApi, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var policy = new Dictionary<string, object>
        {
            ["pattern"] = QueuePattern,
            ["definition"] = new Dictionary<string, object> { ["max-length"] = maxLength, ["overflow"] = "reject-publish" },
            ["priority"] = 0,
            ["apply-to"] = "queues",
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await http.PutAsJsonAsync($"api/policies/{Uri.EscapeDataString(virtualHost)}/{PolicyName}", policy, ct);
                if (response.IsSuccessStatusCode) return;
                if ((int)response.StatusCode < 500 || attempt == 10)
                    throw new InvalidOperationException($"Setting the queue bound on virtual host {virtualHost}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }
            catch (HttpRequestException) when (attempt < 10) { }
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }
}
