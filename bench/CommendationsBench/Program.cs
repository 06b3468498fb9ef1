// Commendations benchmark (issue 11, point 13), on the whole platform started by its AppHost with the rate limits lifted,
// everything through the gateway as the demo people of Tam Phước:
// (a) one Giấy khen PDF (p50/p99 over --samples); (b) a decision with 200 awardees: its Quyết định .docx and .pdf and
//     all 200 Giấy khen PDFs, one after the other (total); (c) the appraiser's queue with 2,000 nominations in the ward
//     (bulk-inserted with SQL), open-loop at --queue-rate, p50/p99.
// Goals: a certificate ≤ 50 ms; the 200-awardee decision with its certificates ≤ 10 s; queue p99 ≤ 50 ms.
// Run: bash bench/run.sh commendations [--awardees 200 --nominations 2000 --samples 50 --queue-rate 20 --seconds 10]
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using WardPlatform.Bench;
using WardPlatform.Testing;

const string Ward = "26068", Province = "75";
var awardees = Arguments.Int(args, "--awardees", 200);
var queued = Arguments.Int(args, "--nominations", 2000);
var samples = Arguments.Int(args, "--samples", 50);
var queueRate = Arguments.Int(args, "--queue-rate", 20);
var seconds = Arguments.Int(args, "--seconds", 10);
Console.WriteLine($"load before start: {Load()}");

var state = AppHostProcess.NewStateDirectory();
try
{
    var limits = new Dictionary<string, string>
    {
        ["RateLimits__Public__PermitLimit"] = "1000000",
        ["RateLimits__User__PermitLimit"] = "1000000",
        ["RateLimits__UserPerAddress__PermitLimit"] = "1000000",
    };
    var (appHost, startup) = await AppHostProcess.StartAsync(state, limits);
    await using var _ = appHost;
    Console.WriteLine($"Platform healthy in {startup.TotalSeconds:0.0} s");
    var gateway = new Uri($"http://127.0.0.1:{appHost.GatewayPort}/");
    var people = await DemoPeople.LoadAsync(state);
    using var officer = DemoPeople.ApiClient(gateway, people.Find("ward_officer", Ward));
    using var appraiser = DemoPeople.ApiClient(gateway, people.Find("ward_appraiser", Ward));
    using var chairman = DemoPeople.ApiClient(gateway, people.Find("ward_chairman", Ward));
    var database = $"Host=127.0.0.1;Port={appHost.PostgresPort!.Value};Username=postgres;Password=postgres;Database=commendationsdb";
    var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
    await WarmUpAsync(appraiser);

    // The decision: a round with room for every awardee, nominated, accepted and posted through the API.
    var round = await RoundAsync(appraiser, "khen thưởng bench quyết định", today, awardees);
    var setup = Stopwatch.StartNew();
    var ids = new List<Guid>();
    for (var i = 1; i <= awardees; i++)
    {
        using var nominated = await officer.PostAsJsonAsync($"api/commendations/rounds/{round}/nominations", new
        {
            form = "giay-khen", recipientKind = "individual", recipientName = $"Nguyễn Thị Ánh Tuyết {i:D3}", recipientUnit = "Văn phòng HĐND-UBND",
            nominatingUnit = "Văn phòng HĐND-UBND", achievement = "Hoàn thành xuất sắc nhiệm vụ năm 2026, dẫn đầu phong trào thi đua của phường",
            reportText = "Báo cáo thành tích.", vote = new { meetingOn = today, members = 9, present = 9, votesFor = 8, votesAgainst = 1, votesAbstaining = 0 },
        });
        nominated.EnsureSuccessStatusCode();
        ids.Add((await nominated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }
    foreach (var id in ids)
        (await appraiser.PostAsJsonAsync($"api/commendations/nominations/{id}/appraise", new { verdict = "accept" })).EnsureSuccessStatusCode();
    (await appraiser.PostAsJsonAsync($"api/commendations/rounds/{round}/post", new { days = 1 })).EnsureSuccessStatusCode();
    await SqlAsync(database, "UPDATE rounds SET posted_from = posted_from - 10, posted_until = posted_until - 10 WHERE id = @id", round);
    using var decided = await chairman.PostAsJsonAsync($"api/commendations/rounds/{round}/decide", new { signerName = "Nguyễn Văn Chủ" });
    decided.EnsureSuccessStatusCode();
    var decision = await decided.Content.ReadFromJsonAsync<JsonElement>();
    var decisionId = decision.GetProperty("id").GetGuid();
    var awards = decision.GetProperty("awards").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
    Console.WriteLine($"    set up: {awardees} nominations accepted and decided ({decision.GetProperty("number").GetString()}) in {setup.Elapsed.TotalSeconds:0.0} s");

    Console.WriteLine($"(a) one Giấy khen PDF, GET …/giay-khen.pdf through the gateway, {samples} samples one after the other   load {Load()}");
    var certificate = $"api/commendations/decisions/{decisionId}/awards/{awards[0]}/giay-khen.pdf";
    await FetchAsync(chairman, certificate);
    var times = new List<double>();
    for (var i = 0; i < samples; i++) times.Add(await FetchAsync(chairman, $"api/commendations/decisions/{decisionId}/awards/{awards[i % awards.Count]}/giay-khen.pdf"));
    var c = LatencyComparison.Summarise(times, 0);
    Console.WriteLine($"    p50 {c.P50,7:0.0} ms  p99 {c.P99,7:0.0} ms   goal ≤ 50 ms");

    Console.WriteLine($"(b) the decision with {awards.Count} awardees: Quyết định .docx + .pdf and every Giấy khen PDF, one after the other   load {Load()}");
    var total = Stopwatch.StartNew();
    var docx = await FetchAsync(chairman, $"api/commendations/decisions/{decisionId}/quyet-dinh.docx");
    var pdf = await FetchAsync(chairman, $"api/commendations/decisions/{decisionId}/quyet-dinh.pdf");
    var certificates = Stopwatch.StartNew();
    foreach (var award in awards) await FetchAsync(chairman, $"api/commendations/decisions/{decisionId}/awards/{award}/giay-khen.pdf");
    Console.WriteLine($"    .docx {docx,7:0.0} ms  .pdf {pdf,7:0.0} ms  {awards.Count} Giấy khen {certificates.Elapsed.TotalMilliseconds,8:0.0} ms  " +
                      $"total {total.Elapsed.TotalSeconds:0.00} s   goal ≤ 10 s");

    Console.WriteLine($"(c) the appraiser's queue with {queued:N0} nominations waiting in the ward   load {Load()}");
    var queueRound = await RoundAsync(appraiser, "khen thưởng bench hàng chờ", today, queued);
    var inserted = await BulkInsertAsync(database, queueRound, queued, today);
    Console.WriteLine($"    inserted {inserted:N0} nominations with SQL");
    foreach (var path in new[] { "api/commendations/nominations/page", $"api/commendations/nominations/page?roundId={queueRound}&q=nguyen%20van", "api/commendations/nominations/page?state=Submitted&q=khu%20pho" })
    {
        var q = await LatencyComparison.MeasureAsync(appraiser, path, queueRate, TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"    GET /{path} at {queueRate}/s: p50 {q.P50,7:0.0} ms  p99 {q.P99,7:0.0} ms  ({q.Count} requests, {q.Errors} errors)   goal p99 ≤ 50 ms");
    }
    Console.WriteLine($"load at the end: {Load()}");
}
finally
{
    try { Directory.Delete(state, recursive: true); } catch (IOException) { }
}

static string Load() => File.ReadAllText("/proc/loadavg").Split(' ') is var l ? $"{l[0]} {l[1]} {l[2]} ({Environment.ProcessorCount} cores)" : "";

// The first calls after start (JIT, first connections) can outlast a client's timeout on a loaded machine: wait until the service answers.
static async Task WarmUpAsync(HttpClient client)
{
    var wait = Stopwatch.StartNew();
    while (true)
    {
        try
        {
            using var response = await client.GetAsync("api/commendations/rounds");
            if (response.IsSuccessStatusCode) return;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && wait.Elapsed < TimeSpan.FromMinutes(5)) { }
        if (wait.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException("the commendations service did not answer through the gateway within 5 min");
        await Task.Delay(1000);
    }
}

static async Task<Guid> RoundAsync(HttpClient appraiser, string title, DateOnly today, int quota)
{
    using var created = await appraiser.PostAsJsonAsync("api/commendations/rounds", new
    {
        title = $"{title} {Guid.NewGuid():N}"[..40], nominationsDue = today.AddDays(10),
        quotas = new[] { new { form = "giay-khen", recipientKind = "individual", maxCount = quota }, new { form = "giay-khen", recipientKind = "collective", maxCount = quota } },
    });
    created.EnsureSuccessStatusCode();
    return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}

static async Task<double> FetchAsync(HttpClient client, string path)
{
    var clock = Stopwatch.StartNew();
    using var response = await client.GetAsync(path);
    response.EnsureSuccessStatusCode();
    await response.Content.ReadAsByteArrayAsync();
    return clock.Elapsed.TotalMilliseconds;
}

static async Task SqlAsync(string database, string sql, Guid id)
{
    await using var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    command.Parameters.AddWithValue("id", id);
    if (await command.ExecuteNonQueryAsync() != 1) throw new InvalidOperationException("the round was not found");
}

// Nominations of the ward straight into commendationsdb: individuals and neighbourhoods, deadlines spread over 40 days.
static async Task<long> BulkInsertAsync(string database, Guid round, int count, DateOnly today)
{
    await using var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("""
        INSERT INTO nominations (id, round_id, tenant_code, province_code, form, recipient_kind, recipient_name, recipient_unit, nominating_unit,
                                 achievement, report_text, evidence_links, meeting_on, members, present, votes_for, votes_against, votes_abstaining,
                                 secret_ballot, recused, state, submitted_on, appraisal_due, created_at, search_text)
        SELECT gen_random_uuid(), @round, @ward, @province, 'giay-khen', CASE WHEN g % 4 = 0 THEN 'collective' ELSE 'individual' END,
               CASE WHEN g % 4 = 0 THEN 'Khu phố ' || g ELSE (ARRAY['Nguyễn Văn','Trần Thị','Lê Văn','Phạm Thị'])[1 + g % 4] || ' Bench ' || g END,
               'Văn phòng HĐND-UBND', 'Văn phòng HĐND-UBND', 'Hoàn thành xuất sắc nhiệm vụ năm 2026', 'Báo cáo thành tích.', '[]', @today,
               9, 9, 8, 1, 0, false, '[]', 'Submitted', @today, @today + (g % 40), now() + make_interval(secs => g),
               lower(CASE WHEN g % 4 = 0 THEN 'khu pho ' || g ELSE (ARRAY['nguyen van','tran thi','le van','pham thi'])[1 + g % 4] || ' bench ' || g END) || '|van phong hdnd-ubnd'
        FROM generate_series(1, @count) AS g
        """, connection);
    command.Parameters.AddWithValue("round", round);
    command.Parameters.AddWithValue("ward", Ward);
    command.Parameters.AddWithValue("province", Province);
    command.Parameters.AddWithValue("today", today);
    command.Parameters.AddWithValue("count", count);
    var rows = await command.ExecuteNonQueryAsync();
    await using var analyse = new NpgsqlCommand("ANALYZE nominations", connection);
    await analyse.ExecuteNonQueryAsync();
    return rows;
}
