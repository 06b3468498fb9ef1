using System.Diagnostics;

namespace WardPlatform.Bench;

public sealed record Percentiles(double P50, double P99, int Count, int Errors);

/// <summary>
/// Open-loop load at a fixed rate (requests are sent on schedule whether or not earlier ones have
/// answered), alternating between the two addresses round by round so that both see the same machine.
/// </summary>
public static class LatencyComparison
{
    public static async Task<(Percentiles Direct, Percentiles Gateway)> RunAsync(string directUrl, string gatewayUrl,
        int rate, TimeSpan duration, int rounds)
    {
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return await RunAsync(client, directUrl, client, gatewayUrl, rate, duration, rounds);
    }

    /// <summary>The same comparison with a client per side (e.g. one with credentials, one without).</summary>
    public static async Task<(Percentiles Direct, Percentiles Gateway)> RunAsync(HttpClient directClient, string directUrl,
        HttpClient gatewayClient, string gatewayUrl, int rate, TimeSpan duration, int rounds)
    {
        var client = directClient;
        await RunAtRateAsync(directClient, directUrl, rate, TimeSpan.FromSeconds(2));   // warm up both paths
        await RunAtRateAsync(gatewayClient, gatewayUrl, rate, TimeSpan.FromSeconds(2));
        var direct = new List<double>();
        var gateway = new List<double>();
        int directErrors = 0, gatewayErrors = 0;
        for (var round = 0; round < rounds; round++)
        {
            var (d, de) = await RunAtRateAsync(client, directUrl, rate, duration);
            var (g, ge) = await RunAtRateAsync(gatewayClient, gatewayUrl, rate, duration);
            direct.AddRange(d); directErrors += de;
            gateway.AddRange(g); gatewayErrors += ge;
        }
        return (Summarise(direct, directErrors), Summarise(gateway, gatewayErrors));
    }

    /// <summary>One path alone at a fixed rate.</summary>
    public static async Task<Percentiles> MeasureAsync(HttpClient client, string url, int rate, TimeSpan duration)
    {
        await RunAtRateAsync(client, url, rate, TimeSpan.FromSeconds(2));
        var (milliseconds, errors) = await RunAtRateAsync(client, url, rate, duration);
        return Summarise(milliseconds, errors);
    }

    public static Percentiles Summarise(List<double> milliseconds, int errors)
    {
        milliseconds.Sort();
        double At(double q) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(q * milliseconds.Count) - 1)];
        return new Percentiles(At(0.50), At(0.99), milliseconds.Count, errors);
    }

    private static Task<(List<double> Milliseconds, int Errors)> RunAtRateAsync(HttpClient client, string url, int rate, TimeSpan duration) =>
        RunAtRateAsync(() => client.GetAsync(url), rate, duration);

    /// <summary>Any request (a POST of a form, say), sent open-loop at a fixed rate; each one's latency in ms and the errors.</summary>
    public static async Task<(List<double> Milliseconds, int Errors)> RunAtRateAsync(Func<Task<HttpResponseMessage>> send, int rate, TimeSpan duration)
    {
        var count = (int)(rate * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var results = new double[count];
        var errors = 0;
        var pending = new List<Task>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = interval * i;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var index = i;
            pending.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await send();
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Interlocked.Increment(ref errors); }   // refused, reset or timed out
                results[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }));
        }
        await Task.WhenAll(pending);
        return (results.ToList(), errors);
    }

}
