using System.Diagnostics;
using System.Globalization;
using System.Text;
using WardPlatform.Contracts;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Faults;

/// <summary>
/// The platform under a steady mixed load while its parts are killed one after another (issue 14): every write it
/// accepted ends up where it must, once; refusals are 503/429 with Retry-After, never a 500 or a hang. In the suite
/// each kind of fault is injected once; `bash bench/run.sh faults` runs the same test with more faults, a soak and
/// its table (WARD_FAULTS, WARD_FAULT_RATE, WARD_SOAK_SECONDS, WARD_FAULT_REPORT).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FaultRunTests(RunningPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(60);

    private sealed record FaultRow(string Fault, TimeSpan Down, TimeSpan? Drained, WriteTally.Counts Backlog, LoadOutcomes.Phase? During);

    [Fact]
    public async Task Under_steady_load_the_broker_the_database_and_each_consumer_fail_and_come_back_and_no_accepted_write_is_lost_or_applied_twice()
    {
        var faultCount = Setting("WARD_FAULTS", 0);
        var rate = Setting("WARD_FAULT_RATE", 10);
        var soak = TimeSpan.FromSeconds(Setting("WARD_SOAK_SECONDS", 0));
        using var setup = await FaultRunSetup.PrepareAsync(platform, Ct);
        await using var load = new MixedLoad(setup, rate);
        var faults = new PlatformFaults(platform, load);
        var tally = new WriteTally(platform.AppHost);
        Fault[] kinds =
        [
            faults.BrokerKilled(), faults.DatabaseStoppedImmediately(), faults.ServiceKilled(ResourceNames.Targets),
            faults.ServiceKilled(ResourceNames.Rankings), faults.BrokerLinkCut(), faults.BrokerKilledDuringBurst(),
            faults.ServiceKilled(ResourceNames.Directory), faults.ServiceKilled(ResourceNames.Commendations),
        ];
        var schedule = faultCount == 0 ? kinds.Take(6).ToList() : Enumerable.Range(0, faultCount).Select(i => kinds[i % kinds.Length]).ToList();

        var report = new List<string>();
        var clock = Stopwatch.StartNew();
        load.Start();
        await Task.Delay(TimeSpan.FromSeconds(5), Ct);
        if (soak > TimeSpan.Zero) report.AddRange(await SoakAsync(load, soak));

        var rows = new List<FaultRow>();
        foreach (var fault in schedule)
        {
            load.Outcomes.Enter(fault.Name + " #" + (rows.Count + 1));
            var injected = Stopwatch.GetTimestamp();
            await fault.Inject(Ct);
            await fault.Recover(Ct);
            var down = Stopwatch.GetElapsedTime(injected);
            var back = DateTimeOffset.UtcNow;
            var during = load.Outcomes.Phases.GetValueOrDefault(load.Outcomes.Current);
            load.Outcomes.Enter("steady");
            var backlog = load.Accepted.Where(w => w.At <= back).ToList();
            var (drained, counts) = await DrainAsync(tally, backlog, back);
            rows.Add(new FaultRow(fault.Name, down, drained, counts, during));
            TestContext.Current.SendDiagnosticMessage($"fault {rows.Count}: {fault.Name}, down {down.TotalSeconds:0.0} s, drained {drained?.TotalSeconds:0.0} s, " +
                $"{counts.Pending} pending, {counts.Twice} twice; during: {string.Join(", ", during?.Statuses.OrderBy(x => x.Key).Select(x => $"{x.Key}×{x.Value}") ?? [])}, hangs {during?.Hangs}; " +
                string.Join("; ", during?.Wrong.Distinct().Take(5) ?? []));
            await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        }
        await load.StopAsync();
        var all = load.Accepted.ToList();
        var end = DateTimeOffset.UtcNow;
        var (finalDrain, final) = await DrainAsync(tally, all, end);
        var elapsed = clock.Elapsed;

        report.AddRange(Table(rows, final, finalDrain, load, elapsed));
        foreach (var line in report) TestContext.Current.SendDiagnosticMessage(line);
        if (Environment.GetEnvironmentVariable("WARD_FAULT_REPORT") is { Length: > 0 } file) await File.WriteAllLinesAsync(file, report, Ct);

        var wrong = load.Outcomes.Phases.Values.SelectMany(p => p.Wrong).ToList();
        Assert.True(final.Pending == 0, $"{final.Pending} accepted writes lost (never arrived within {DrainLimit.TotalSeconds:0} s of the end): {string.Join("; ", final.PendingSamples)}");
        Assert.True(final.Twice == 0, $"{final.Twice} writes applied twice: {string.Join("; ", final.TwiceSamples)}");
        Assert.True(wrong.Count == 0, $"{wrong.Count} answers were a 5xx without Retry-After, a hang or a broken connection: {string.Join("; ", wrong.Distinct().Take(10))}");
        Assert.True(final.Arrived > schedule.Count * 5, $"the load made {final.Arrived} writes that arrived: too few to tell anything");
    }

    /// <summary>Polls until every write of the backlog arrived; the time is counted from the part's return.</summary>
    private static async Task<(TimeSpan? Drained, WriteTally.Counts Counts)> DrainAsync(WriteTally tally, List<AcceptedWrite> backlog, DateTimeOffset back)
    {
        while (true)
        {
            WriteTally.Counts counts;
            try { counts = await tally.CountAsync(backlog, Ct); }
            catch (Npgsql.NpgsqlException) when (DateTimeOffset.UtcNow - back < DrainLimit)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), Ct);      // the database itself still coming back
                continue;
            }
            var since = DateTimeOffset.UtcNow - back;
            if (counts.Pending == 0) return (since, counts);
            if (since > DrainLimit) return (null, counts);
            await Task.Delay(TimeSpan.FromMilliseconds(250), Ct);
        }
    }

    /// <summary>The steady load for a while, no faults: resident memory of every service and the gateway, first and last minute.</summary>
    private async Task<List<string>> SoakAsync(MixedLoad load, TimeSpan soak)
    {
        var names = ResourceNames.Services.Append(ResourceNames.Gateway).ToList();
        long Rss() => names.Sum(n => platform.AppHost.Resource(n).Pid is { } pid ? ResidentBytes(pid) : 0);
        await Task.Delay(TimeSpan.FromSeconds(60), Ct);      // warm: JIT, pools, caches
        var first = Rss();
        await Task.Delay(soak, Ct);
        var last = Rss();
        var steady = load.Outcomes.Phases.GetValueOrDefault("steady");
        return
        [
            $"Soak: {soak.TotalSeconds:0} s at {load.RatePerSecond}/s after a 60 s warm-up; services and gateway resident {first / 1048576.0:0} MiB → {last / 1048576.0:0} MiB ({(last - first) * 100.0 / first:+0.0;-0.0}%, goal < 10%)",
            $"Soak answers: {steady?.Total ?? 0}, p50 {steady?.Percentile(50):0} ms, p99 {steady?.Percentile(99):0} ms",
        ];
    }

    private static long ResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { return 0; }
    }

    private static IEnumerable<string> Table(List<FaultRow> rows, WriteTally.Counts final, TimeSpan? finalDrain, MixedLoad load, TimeSpan elapsed)
    {
        var steady = load.Outcomes.Phases.GetValueOrDefault("steady");
        var answers = load.Outcomes.Phases.Values.Sum(p => p.Total);
        yield return $"Fault run: {rows.Count} faults in {elapsed.TotalSeconds:0} s; load {load.RatePerSecond} operations/s offered, {answers / elapsed.TotalSeconds:0.0}/s answered; steady p50 {steady?.Percentile(50):0} ms, p99 {steady?.Percentile(99):0} ms; {load.NotSent} not sent (64 already waiting)";
        yield return "| # | fault | down (s) | drained (s) | writes before return | lost/pending | twice | during: 2xx | 503/429 + Retry-After | 502 cut mid-answer | other 4xx | 500/504/other 5xx | hangs | p99 (ms) |";
        yield return "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";
        var n = 0;
        foreach (var r in rows)
            yield return $"| {++n} | {r.Fault} | {r.Down.TotalSeconds:0.0} | {(r.Drained is { } d ? d.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "not in 60")} | {r.Backlog.Total} | {r.Backlog.Pending} | {r.Backlog.Twice} | {r.During?.Accepted ?? 0} | {r.During?.RefusedRightly ?? 0} | {r.During?.Cut ?? 0} | {r.During?.Refused4xx ?? 0} | {r.During?.ServerErrors ?? 0} | {r.During?.Hangs ?? 0} | {r.During?.Percentile(99) ?? 0:0} |";
        yield return $"End: {final.Total} accepted writes; arrived once {final.Arrived}, lost {final.Pending}, applied twice {final.Twice}; last drained {(finalDrain is { } f ? $"{f.TotalSeconds:0.0} s" : "not within 60 s")} after the load stopped";
        var statuses = load.Outcomes.Phases.Values.SelectMany(p => p.Statuses).GroupBy(s => s.Key).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Sum(s => s.Value)}");
        yield return "All answers: " + string.Join(", ", statuses) + $"; hangs {load.Outcomes.Phases.Values.Sum(p => p.Hangs)}, broken {load.Outcomes.Phases.Values.Sum(p => p.Errors)}";
        var kinds = load.Accepted.GroupBy(w => w.Kind).Select(g => $"{g.Key} {g.Count()}");
        yield return "Accepted writes: " + string.Join(", ", kinds);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value >= 0 ? value : fallback;
}
