// Reports benchmark (issue 9, point 12), on the whole platform started by its AppHost with the rate limits lifted:
// (a) citizens' reports without photos POSTed through the gateway, open-loop at rising fixed rates: sustained rate,
//     p50/p99, errors; (b) the time from a verified report to the computed target's new value (p50/p99 over 20);
// (c) the staff queue of a ward holding 100,000 reports (bulk-inserted with SQL), p50/p99.
// Run: bash bench/run.sh reports [--rates 100,250,500,1000 --seconds 5 --samples 20 --queue-rate 50]
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using SkiaSharp;
using WardPlatform.Bench;
using WardPlatform.Testing;

const string Ward = "26068", Province = "75";
var seconds = Arguments.Int(args, "--seconds", 5);
var samples = Arguments.Int(args, "--samples", 20);
var queueRate = Arguments.Int(args, "--queue-rate", 50);
var ratesIndex = Array.IndexOf(args, "--rates");
int[] rates = ratesIndex >= 0 && ratesIndex + 1 < args.Length ? [.. args[ratesIndex + 1].Split(',').Select(int.Parse)] : [100, 250, 500, 1000];

var state = AppHostProcess.NewStateDirectory();
try
{
    var limits = new Dictionary<string, string>
    {
        ["RateLimits__Public__PermitLimit"] = "1000000",
        ["RateLimits__User__PermitLimit"] = "1000000",
        ["RateLimits__UserPerAddress__PermitLimit"] = "1000000",
        ["Reports__PublicLimits__PerMinute"] = "0",
        ["Reports__PublicLimits__TrackPerMinute"] = "0",
    };
    var (appHost, startup) = await AppHostProcess.StartAsync(state, limits);
    await using var _ = appHost;
    Console.WriteLine($"Platform healthy in {startup.TotalSeconds:0.0} s");
    var gateway = new Uri($"http://127.0.0.1:{appHost.GatewayPort}/");
    var people = await DemoPeople.LoadAsync(state);
    using var office = DemoPeople.ApiClient(gateway, people.Find("ward_admin", Ward));
    using var chairman = DemoPeople.ApiClient(gateway, people.Find("ward_chairman", Ward));
    var neighbourhood = await OpenWardAsync(office);
    using var citizen = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), MaxConnectionsPerServer = 512 })
    {
        BaseAddress = gateway,
    };

    Console.WriteLine($"(a) citizens' reports without photos, POST /api/reports/public/wards/{Ward}/reports through the gateway, open-loop, {seconds} s per rate");
    var filed = 0;
    MultipartFormDataContent CitizenForm(string category = "lan-chiem")
    {
        var n = Interlocked.Increment(ref filed);
        return new MultipartFormDataContent
        {
            { new StringContent(category), "category" }, { new StringContent(neighbourhood), "neighbourhoodId" },
            { new StringContent($"Đường Bench {n % 997}"), "street" }, { new StringContent((n % 300).ToString()), "houseNumber" },
            { new StringContent("Quán nước lấn chiếm vỉa hè, người đi bộ phải xuống lòng đường"), "description" },
            { new StringContent("true"), "anonymous" },
        };
    }
    await LatencyComparison.RunAtRateAsync(() => citizen.PostAsync($"api/reports/public/wards/{Ward}/reports", CitizenForm()), 20, TimeSpan.FromSeconds(2));
    foreach (var rate in rates)
    {
        var clock = Stopwatch.StartNew();
        var (milliseconds, errors) = await LatencyComparison.RunAtRateAsync(
            () => citizen.PostAsync($"api/reports/public/wards/{Ward}/reports", CitizenForm()), rate, TimeSpan.FromSeconds(seconds));
        var elapsed = clock.Elapsed.TotalSeconds;
        var p = LatencyComparison.Summarise(milliseconds, errors);
        Console.WriteLine($"    offered {rate,5}/s: sustained {(p.Count - errors) / elapsed,7:0.0}/s  p50 {p.P50,8:0.0} ms  p99 {p.P99,8:0.0} ms  " +
                          $"({p.Count} sent, {errors} errors, {elapsed:0.0} s to the last answer)");
    }

    Console.WriteLine($"(b) a verified report to the computed target's new value (Computed:verified-incidents), {samples} samples");
    var targetId = await ReductionTargetAsync(chairman);
    var jpeg = Jpeg();
    var delays = new List<double>();
    var value = await LatestValueAsync(chairman, targetId);
    for (var i = 0; i < samples; i++)
    {
        using var posted = await citizen.PostAsync($"api/reports/public/wards/{Ward}/reports", CitizenForm("xay-dung"));
        posted.EnsureSuccessStatusCode();
        var reference = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString();
        var queue = await office.GetFromJsonAsync<JsonElement>("api/reports/reports?category=xay-dung&pageSize=5");
        var id = queue.GetProperty("items").EnumerateArray().First(r => r.GetProperty("reference").GetString() == reference).GetProperty("id").GetString();
        using var resolve = new MultipartFormDataContent { { new StringContent("Đã lập biên bản, buộc tháo dỡ"), "note" } };
        var photo = new ByteArrayContent(jpeg);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        resolve.Add(photo, "photos", "sau.jpg");
        (await office.PostAsync($"api/reports/reports/{id}/resolve", resolve)).EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        (await office.PostAsJsonAsync($"api/reports/reports/{id}/verify", new { })).EnsureSuccessStatusCode();
        while (await LatestValueAsync(chairman, targetId) <= value)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("the target did not move within 30 s");
            await Task.Delay(5);
        }
        delays.Add(clock.Elapsed.TotalMilliseconds);
        value = await LatestValueAsync(chairman, targetId);
    }
    var d = LatencyComparison.Summarise(delays, 0);
    Console.WriteLine($"    verify sent → target's value moved: p50 {d.P50,8:0.0} ms  p99 {d.P99,8:0.0} ms  (max {delays.Max():0.0} ms, {delays.Count} samples)");

    Console.WriteLine("(c) the staff queue with 100,000 reports in the ward");
    var insert = Stopwatch.StartNew();
    var inserted = await BulkInsertAsync(appHost.PostgresPort!.Value, 100_000);
    Console.WriteLine($"    inserted {inserted:N0} reports with SQL in {insert.Elapsed.TotalSeconds:0.0} s");
    foreach (var path in new[] { "api/reports/reports", "api/reports/reports?overdue=true", "api/reports/reports?category=lan-chiem&status=InProgress" })
    {
        var q = await LatencyComparison.MeasureAsync(office, path, queueRate, TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"    GET /{path} at {queueRate}/s: p50 {q.P50,7:0.0} ms  p99 {q.P99,7:0.0} ms  ({q.Count} requests, {q.Errors} errors)");
    }
}
finally
{
    try { Directory.Delete(state, recursive: true); } catch (IOException) { }
}

// Opens Tam Phước to reports with the directory's neighbourhoods (as its staff's first visit does); the first one's id.
static async Task<string> OpenWardAsync(HttpClient office)
{
    var listed = await office.GetFromJsonAsync<JsonElement>($"api/directory/neighbourhoods?tenantCode={Ward}");
    var neighbourhoods = listed.EnumerateArray().Select(n => new { id = n.GetProperty("id").GetGuid(), name = n.GetProperty("name").GetString() }).ToList();
    (await office.PutAsJsonAsync("api/reports/setup", new { name = "Phường Tam Phước", neighbourhoods })).EnsureSuccessStatusCode();
    return neighbourhoods[0].id.ToString();
}

// "Kéo giảm ít nhất 20% vụ vi phạm so với năm 2025", computed from verified incidents, issued; the target's id once registered.
static async Task<Guid> ReductionTargetAsync(HttpClient chairman)
{
    using var created = await chairman.PostAsJsonAsync("api/plans/plans", new
    {
        number = $"{Random.Shared.Next(100, 999)}/KH-UBND-BENCH", title = "Kế hoạch kéo giảm vi phạm trật tự đô thị",
        targets = new[] { new { text = "Kéo giảm ít nhất 20% vụ vi phạm so với năm 2025", kind = "Reduction", value = 20, unit = "%", baselineYear = 2025,
            source = "Computed:verified-incidents" } },
    });
    created.EnsureSuccessStatusCode();
    var planId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    (await chairman.PostAsJsonAsync($"api/plans/plans/{planId}/issue", new { issuedOn = "2026-01-05" })).EnsureSuccessStatusCode();
    var wait = Stopwatch.StartNew();
    while (wait.Elapsed < TimeSpan.FromSeconds(60))
    {
        using var response = await chairman.GetAsync($"api/targets/plans/{planId}/board");
        if (response.IsSuccessStatusCode)
        {
            var board = await response.Content.ReadFromJsonAsync<JsonElement>();
            var target = board.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("targets").EnumerateArray()).FirstOrDefault();
            if (target.ValueKind == JsonValueKind.Object && target.GetProperty("latestValue").ValueKind == JsonValueKind.Number)
                return target.GetProperty("id").GetGuid();
        }
        await Task.Delay(200);
    }
    throw new TimeoutException("the computed target was not registered within 60 s");
}

static async Task<decimal> LatestValueAsync(HttpClient client, Guid targetId)
{
    var detail = await client.GetFromJsonAsync<JsonElement>($"api/targets/targets/{targetId}");
    return detail.GetProperty("target").GetProperty("latestValue") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : 0;
}

static byte[] Jpeg()
{
    using var bitmap = new SKBitmap(64, 48);
    bitmap.Erase(SKColors.SteelBlue);
    using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 80);
    return data.ToArray();
}

// 100,000 reports of the ward straight into reportsdb, spread over the last ~70 days, statuses and categories mixed.
static async Task<long> BulkInsertAsync(int port, int count)
{
    await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Password=postgres;Database=reportsdb");
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("""
        INSERT INTO reports (id, tenant_code, province_code, category_code, category_name, street, house_number, street_key, description,
                             channel, place_id, status, unit, received_at, received_on, due_on, reopen_count, is_relapse, updated_at)
        SELECT gen_random_uuid(), @ward, @province, (ARRAY['lan-chiem','ve-sinh','quang-cao','xay-dung'])[1 + g % 4], 'Phản ánh mẫu',
               'Đường Mẫu ' || (g % 500), (g % 200)::text, 'duong mau ' || (g % 500), 'Phản ánh mẫu số ' || g, 'bench', gen_random_uuid(),
               (ARRAY['Assigned','InProgress','Resolved','Verified','Rejected'])[1 + g % 5], 'Công an phường',
               now() - make_interval(mins => g), (now() - make_interval(mins => g))::date, (now() - make_interval(mins => g))::date + 5, 0, false, now()
        FROM generate_series(1, @count) AS g
        """, connection);
    command.Parameters.AddWithValue("ward", Ward);
    command.Parameters.AddWithValue("province", Province);
    command.Parameters.AddWithValue("count", count);
    command.CommandTimeout = 600;
    var rows = await command.ExecuteNonQueryAsync();
    await using var analyse = new NpgsqlCommand("ANALYZE reports", connection);
    await analyse.ExecuteNonQueryAsync();
    return rows;
}
