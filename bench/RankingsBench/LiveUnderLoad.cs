// (c) and (d) of the rankings bench, on the whole platform started by its AppHost (rate limits lifted): 95 wards × 50
// indicators seeded into the rankings read model (49 values entered through the API, one indicator a province target
// each ward's target is linked to, written with SQL as consumers and links would leave them), then
// (c) GET /api/rankings/definitions/{id}/live through the gateway at --read-rate while ProgressRecorded events for
//     the wards' linked targets are published onto the platform's broker at --event-rate: p50/p99 of the reads;
// (d) during the same load, --samples events each giving one ward a new value, timed until the ward's explanation
//     (through the gateway) shows it: p50/p99.
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Npgsql;
using WardPlatform.Contracts.Events;
using WardPlatform.Testing;

namespace WardPlatform.Bench;

public static class LiveUnderLoad
{
    private const string Province = "75";
    private const string ProvincePlan = "900/KH-UBND-BENCH";

    public static async Task RunAsync(int wards, int criteria, int readRate, int eventRate, int seconds, int samples)
    {
        var state = AppHostProcess.NewStateDirectory();
        var limits = new Dictionary<string, string>
        {
            ["RateLimits__Public__PermitLimit"] = "1000000",
            ["RateLimits__User__PermitLimit"] = "1000000",
            ["RateLimits__UserPerAddress__PermitLimit"] = "1000000",
        };
        var (appHost, startup) = await AppHostProcess.StartAsync(state, limits);
        await using var running = appHost;
        Console.WriteLine($"Platform healthy in {startup.TotalSeconds:0.0} s   {Load()}");
        var gateway = new Uri($"http://127.0.0.1:{appHost.GatewayPort}/");
        var people = await DemoPeople.LoadAsync(state);
        using var province = DemoPeople.ApiClient(gateway, people.Find("province_official", Province));

        var codes = Enumerable.Range(1, wards).Select(w => $"9{w:D4}").ToList();
        var (provinceTarget, wardTargets) = await SeedAsync(appHost.PostgresPort!.Value, codes);
        var random = new Random(7);
        for (var k = 1; k < criteria; k++)
        {
            var put = await province.PutAsJsonAsync("api/rankings/entered-values", new
            {
                key = $"k{k}", year = 2026,
                rows = codes.Select(c => new { ward = c, value = Math.Round((decimal)(random.NextDouble() * 100), 2), record = "Bench" }),
            });
            put.EnsureSuccessStatusCode();
        }
        var created = await province.PostAsJsonAsync("api/rankings/definitions", new
        {
            name = "Bench: 95 phường × 50 chỉ tiêu", periodStart = "2026-01-01", periodEnd = "2026-12-31", totalPoints = 1000, wards = codes,
            criteria = Enumerable.Range(1, criteria).Select(k => new
            {
                code = $"c{k}", area = $"Lĩnh vực {(k - 1) / 10 + 1}", name = $"Tiêu chí {k}", points = 1000m / criteria,
                source = k < criteria ? $"entered:k{k}" : $"target:{provinceTarget}", floor = 0, target = 100,
            }),
        });
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException(await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var live = $"api/rankings/definitions/{id}/live";
        (await province.GetAsync(live)).EnsureSuccessStatusCode();

        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host("127.0.0.1", (ushort)appHost.EventBusPort!.Value, "/", h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        await bus.StartAsync();
        try
        {
            var recordedAt = DateTimeOffset.UtcNow;
            long sequence = 0;
            ProgressRecorded Event(int ward, decimal value) => new(Guid.NewGuid(), wardTargets[ward].Target, wardTargets[ward].Plan, codes[ward], Province,
                value, new DateOnly(2026, 6, 1), "bench", recordedAt.AddTicks(Interlocked.Increment(ref sequence)));

            using var stop = new CancellationTokenSource();
            var published = 0;
            var writer = Task.Run(async () =>
            {
                var clock = Stopwatch.StartNew();
                var writes = new Random(11);
                while (!stop.IsCancellationRequested)
                {
                    var due = TimeSpan.FromSeconds((double)published / eventRate);
                    // Read the clock once: checked and then read again, the wait could come out negative.
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero) { await Task.Delay(wait); continue; }
                    // Wards 1.. only: ward 0 is the probe of (d).
                    _ = bus.Publish(Event(1 + writes.Next(codes.Count - 1), Math.Round((decimal)(writes.NextDouble() * 100), 2)));
                    published++;
                }
            });

            Console.WriteLine($"(c) {live} through the gateway at {readRate}/s for {seconds} s while ProgressRecorded arrive at {eventRate}/s");
            await LatencyComparison.RunAtRateAsync(() => province.GetAsync(live), readRate, TimeSpan.FromSeconds(2));
            var (milliseconds, errors) = await LatencyComparison.RunAtRateAsync(() => province.GetAsync(live), readRate, TimeSpan.FromSeconds(seconds));
            var reads = LatencyComparison.Summarise(milliseconds, errors);
            Console.WriteLine($"    reads: p50 {reads.P50:0.0} ms  p99 {reads.P99:0.0} ms  ({reads.Count} reads, {reads.Errors} errors)   goal p99 ≤ 20 ms   {Load()}");

            Console.WriteLine($"(d) event → visible: {samples} ProgressRecorded for one ward, each timed until its explanation shows the value (same load)");
            var explanation = $"api/rankings/definitions/{id}/wards/{codes[0]}/explanation";
            var visible = new List<double>();
            for (var s = 0; s < samples; s++)
            {
                var value = 10m + s;
                var clock = Stopwatch.StartNew();
                await bus.Publish(Event(0, value));
                while (clock.Elapsed < TimeSpan.FromSeconds(30))
                {
                    var why = await province.GetFromJsonAsync<JsonElement>(explanation);
                    var shown = why.GetProperty("criteria").EnumerateArray().Last().GetProperty("value");
                    if (shown.ValueKind == JsonValueKind.Number && shown.GetDecimal() == value) break;
                    await Task.Delay(5);
                }
                visible.Add(clock.Elapsed.TotalMilliseconds);
            }
            stop.Cancel();
            await writer;
            var seen = LatencyComparison.Summarise(visible, 0);
            Console.WriteLine($"    event → visible: p50 {seen.P50:0.0} ms  p99 {seen.P99:0.0} ms   goal p99 ≤ 1000 ms   ({published} events published)   {Load()}");
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static NpgsqlParameter P(object value) => new() { Value = value };

    public static string Load() => File.Exists("/proc/loadavg") ? "load " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    /// <summary>The province plan with one target, each ward's plan citing it with one target linked to the province's.</summary>
    private static async Task<(Guid ProvinceTarget, List<(Guid Plan, Guid Target)> Wards)> SeedAsync(int port, List<string> codes)
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Password=postgres;Database=rankingsdb");
        await connection.OpenAsync();
        var provincePlan = Guid.NewGuid();
        var provinceTarget = Guid.NewGuid();
        await using var batch = new NpgsqlBatch(connection);
        void Plan(Guid id, string tenant, string number, string[] parents) => batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "insert into plans (plan_id, tenant_code, province_code, number, title, issued_on, period_start, period_end, parent_plan_numbers) " +
            "values ($1, $2, $3, $4, 'Bench', '2026-01-05', '2026-01-01', '2026-12-31', $5)")
        { Parameters = { P(id), P(tenant), P(Province), P(number), P(parents) } });
        void Target(Guid id, Guid plan, string tenant) => batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "insert into targets (target_id, plan_id, tenant_code, province_code, text, kind, unit, threshold, status) " +
            "values ($1, $2, $3, $4, 'Tỷ lệ hồ sơ được số hóa', 'ShareToReach', '%', 95, 'OnTrack')")
        { Parameters = { P(id), P(plan), P(tenant), P(Province) } });
        Plan(provincePlan, Province, ProvincePlan, []);
        Target(provinceTarget, provincePlan, Province);
        var wards = new List<(Guid, Guid)>();
        foreach (var code in codes)
        {
            var (plan, target) = (Guid.NewGuid(), Guid.NewGuid());
            Plan(plan, code, $"1/KH-{code}", [ProvincePlan]);
            Target(target, plan, code);
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "insert into links (ward_target_id, province_target_id, tenant_code, province_code, linked_by, linked_at) values ($1, $2, $3, $4, 'bench', now())")
            { Parameters = { P(target), P(provinceTarget), P(code), P(Province) } });
            wards.Add((plan, target));
        }
        await batch.ExecuteNonQueryAsync();
        return (provinceTarget, wards);
    }
}
