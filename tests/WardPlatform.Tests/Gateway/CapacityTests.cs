using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace WardPlatform.Tests.Gateway;

/// <summary>Past its capacity the gateway refuses at once with 503 and Retry-After, instead of queueing until everyone times out.</summary>
public sealed class CapacityTests
{
    [Fact]
    public async Task With_every_slot_taken_by_requests_to_a_service_that_does_not_answer_the_next_request_gets_503_with_retry_after_while_they_still_wait()
    {
        var ct = TestContext.Current.CancellationToken;
        // A service that accepts connections and never answers.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new System.Collections.Concurrent.ConcurrentBag<TcpClient>();
        _ = Task.Run(async () => { while (true) held.Add(await silent.AcceptTcpClientAsync(ct)); }, ct);
        await using var gateway = new GatewayHost(new Dictionary<string, string>
        {
            ["services:plans:http:0"] = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}",
            ["Capacity:MaxConcurrentRequests"] = "3",
        });
        using var client = gateway.CreateBearerClient(TestUser.WardOfficer());
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var stuck = Enumerable.Range(0, 3).Select(_ => client.GetAsync("/api/plans/plans", waiting.Token)).ToList();
        await Eventually.HoldsAsync(() => Task.FromResult(held.Count == 3), TimeSpan.FromSeconds(30), "three requests waiting at the service", ct);

        using var refused = await client.GetAsync("/api/plans/plans", ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal("over_capacity", problem.GetProperty("code").GetString());
        Assert.Contains("quá tải", problem.GetProperty("title").GetString());
        Assert.All(stuck, t => Assert.False(t.IsCompleted));              // refused while the others still wait
        using (var health = await client.GetAsync("/alive", ct))            // probes are never shed
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        await waiting.CancelAsync();
        await Task.WhenAll(stuck.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        foreach (var connection in held) connection.Dispose();
    }
}
