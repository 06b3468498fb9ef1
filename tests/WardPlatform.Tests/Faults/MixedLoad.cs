using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Tests.Reports;

namespace WardPlatform.Tests.Faults;

/// <summary>
/// A steady mixed load through the gateway, as the ward and its citizens make it: citizens file reports, the office
/// resolves and verifies them, officers report progress with evidence, the chairman issues plans, the province reads
/// the ranking. Open loop: an operation starts every tick whether or not the last one answered, so an outage shows as
/// refusals or hangs, not as a slower load. Every accepted write is kept for the tally.
/// </summary>
public sealed class MixedLoad(FaultRunSetup setup, int ratePerSecond) : IAsyncDisposable
{
    public static readonly TimeSpan ClientLimit = TimeSpan.FromSeconds(30);
    private static readonly string[] Cycle =
        ["file", "progress", "read", "file", "resolve", "progress", "read", "verify", "plan", "read"];

    private readonly CancellationTokenSource _ticking = new();
    private readonly SemaphoreSlim _inFlight = new(64);
    private readonly ConcurrentQueue<string> _filed = new();
    private readonly ConcurrentQueue<Guid> _resolved = new();
    private readonly ConcurrentDictionary<string, Guid> _assigned = new();
    private readonly List<Task> _running = [];
    private Task? _ticker;
    private long _tick;

    public ConcurrentQueue<AcceptedWrite> Accepted { get; } = new();
    public LoadOutcomes Outcomes { get; } = new();
    /// <summary>Ticks when 64 operations were already waiting: the client itself was at its limit.</summary>
    public int NotSent;
    public int RatePerSecond => ratePerSecond;

    public void Start() => _ticker = Task.Run(TickAsync);

    private async Task TickAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / ratePerSecond));
        while (!_ticking.IsCancellationRequested)
        {
            try { await timer.WaitForNextTickAsync(_ticking.Token); }
            catch (OperationCanceledException) { return; }
            if (!_inFlight.Wait(0))
            {
                Interlocked.Increment(ref NotSent);
                continue;
            }
            var operation = Cycle[_tick++ % Cycle.Length];
            var task = Task.Run(async () =>
            {
                try { await RunAsync(operation); }
                finally { _inFlight.Release(); }
            });
            lock (_running)
            {
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(task);
            }
        }
    }

    private Task RunAsync(string operation) => operation switch
    {
        "file" => FileReportAsync(),
        "resolve" => ResolveAsync(),
        "verify" => VerifyAsync(),
        "progress" => ProgressAsync(),
        "plan" => IssuePlanAsync(),
        _ => SendAsync("ranking read", setup.Province, () => new HttpRequestMessage(HttpMethod.Get, $"/api/rankings/definitions/{setup.DefinitionId}/live")),
    };

    private async Task FileReportAsync()
    {
        var street = $"Đường Tải Thử {Guid.NewGuid():N}"[..26];
        using var response = await SendAsync("citizen report", setup.Citizen, () => new HttpRequestMessage(HttpMethod.Post,
            $"/api/reports/public/wards/{setup.Ward}/reports")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent("ve-sinh"), "category" }, { new StringContent(street), "street" },
                { new StringContent(setup.NeighbourhoodId.ToString()), "neighbourhoodId" },
                { new StringContent("Rác thải đổ trộm ven đường, bốc mùi"), "description" }, { new StringContent("true"), "anonymous" },
            },
        });
        if (response is not { IsSuccessStatusCode: true }) return;
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        Accepted.Enqueue(new AcceptedWrite(WriteKind.ReportFiled, Guid.Empty, reference, 1, DateTimeOffset.UtcNow));
        _filed.Enqueue(reference);
    }

    private async Task ResolveAsync()
    {
        if (!_filed.TryDequeue(out var reference)) return;
        if (!_assigned.TryRemove(reference, out var id))
        {
            using var queue = await SendAsync("staff queue", setup.Office, () => new HttpRequestMessage(HttpMethod.Get,
                "/api/reports/reports?category=ve-sinh&status=Assigned&pageSize=200"));
            if (queue is not { IsSuccessStatusCode: true }) { _filed.Enqueue(reference); return; }
            foreach (var item in (await queue.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray())
                _assigned[item.GetProperty("reference").GetString()!] = item.GetProperty("id").GetGuid();
            if (!_assigned.TryRemove(reference, out id)) return;   // no longer assigned: leave it
        }
        using var response = await SendAsync("report resolved", setup.Office, () =>
        {
            var form = new MultipartFormDataContent { { new StringContent("Đã thu gom, nhắc nhở hộ dân"), "note" } };
            var photo = new ByteArrayContent(setup.Photo);
            photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(photo, "photos", "sau.jpg");
            return new HttpRequestMessage(HttpMethod.Post, $"/api/reports/reports/{id}/resolve") { Content = form };
        });
        if (response is not { IsSuccessStatusCode: true }) return;
        Accepted.Enqueue(new AcceptedWrite(WriteKind.ReportResolved, id, null, 1, DateTimeOffset.UtcNow));
        _resolved.Enqueue(id);
    }

    private async Task VerifyAsync()
    {
        if (!_resolved.TryDequeue(out var id)) return;
        using var response = await SendAsync("report verified", setup.Office, () =>
            new HttpRequestMessage(HttpMethod.Post, $"/api/reports/reports/{id}/verify") { Content = JsonContent.Create(new { }) });
        if (response is { IsSuccessStatusCode: true })
            Accepted.Enqueue(new AcceptedWrite(WriteKind.ReportVerified, id, null, 1, DateTimeOffset.UtcNow));
        else if (response is null || (int)response.StatusCode >= 500) _resolved.Enqueue(id);
    }

    private async Task ProgressAsync()
    {
        var target = setup.ProgressTargets[Random.Shared.Next(setup.ProgressTargets.Count)];
        using var response = await SendAsync("progress report", setup.Officer, () =>
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(Random.Shared.Next(1, 100).ToString(CultureInfo.InvariantCulture)), "value" },
                { new StringContent(Http.VietnamClock.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "reportedOn" },
                { new StringContent("Số liệu cập nhật trong đợt chạy tải"), "note" },
            };
            var evidence = new ByteArrayContent("%PDF-1.4\n% minh chứng\n"u8.ToArray());
            evidence.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(evidence, "evidence", "bien-ban.pdf");
            return new HttpRequestMessage(HttpMethod.Post, $"/api/targets/targets/{target}/progress") { Content = form };
        });
        if (response is not { IsSuccessStatusCode: true }) return;
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Accepted.Enqueue(new AcceptedWrite(WriteKind.Progress, id, target.ToString(), 1, DateTimeOffset.UtcNow));
    }

    public async Task<bool> IssuePlanAsync()
    {
        var number = $"{Random.Shared.Next(1, 999)}/KH-TAI-{Guid.NewGuid():N}"[..28];
        using var created = await SendAsync("plan drafted", setup.Chairman, () => new HttpRequestMessage(HttpMethod.Post, "/api/plans/plans")
        {
            Content = JsonContent.Create(new
            {
                number, title = "Kế hoạch thi đua trong đợt chạy tải",
                targets = new object[]
                {
                    new { text = "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%", kind = "ShareToReach", value = 95, unit = "%" },
                    new { text = "Tổ chức ít nhất 02 đợt ra quân vệ sinh môi trường", kind = "Count", value = 2, unit = "đợt" },
                },
            }),
        });
        if (created is not { IsSuccessStatusCode: true }) return false;
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var issued = await SendAsync("plan issued", setup.Chairman, () => new HttpRequestMessage(HttpMethod.Post, $"/api/plans/plans/{id}/issue")
        {
            Content = JsonContent.Create(new { issuedOn = Http.VietnamClock.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }),
        });
        if (issued is not { IsSuccessStatusCode: true }) return false;
        Accepted.Enqueue(new AcceptedWrite(WriteKind.PlanIssued, id, null, 2, DateTimeOffset.UtcNow));
        return true;
    }

    /// <summary>Sends once (no retry: a refusal is what the tally wants to see) and records how it was answered.</summary>
    private async Task<HttpResponseMessage?> SendAsync(string operation, HttpClient client, Func<HttpRequestMessage> request)
    {
        var clock = Stopwatch.StartNew();
        using var limit = new CancellationTokenSource(ClientLimit);
        try
        {
            using var message = request();
            var response = await client.SendAsync(message, limit.Token);
            await response.Content.LoadIntoBufferAsync(limit.Token);
            Outcomes.Answered(operation, response.StatusCode, response.Headers.RetryAfter is not null, clock.Elapsed);
            return response;
        }
        catch (OperationCanceledException)
        {
            Outcomes.Hung(operation, clock.Elapsed);
        }
        catch (HttpRequestException e)
        {
            Outcomes.Failed(operation, e);
        }
        return null;
    }

    /// <summary>Stops starting operations and waits for those under way (each within its client limit).</summary>
    public async Task StopAsync()
    {
        if (_ticker is not { } ticker) return;
        _ticker = null;
        await _ticking.CancelAsync();
        await ticker;
        Task[] running;
        lock (_running) running = [.. _running];
        await Task.WhenAll(running);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _ticking.Dispose();
    }
}
