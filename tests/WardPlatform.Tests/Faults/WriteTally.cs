using Npgsql;
using WardPlatform.Contracts;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Faults;

public enum WriteState { Arrived, Pending, Twice }

/// <summary>
/// Checks each accepted write where it must end up, in the consumers' own databases (read directly: the tally is the
/// judge, not a client of the platform), and counts it: arrived once, still pending, or applied twice. "Lost" is what
/// is still pending once the platform has had time to drain after the last fault.
/// </summary>
public sealed class WriteTally(AspireAppHost appHost)
{
    public sealed record Counts(int Arrived, int Pending, int Twice, IReadOnlyList<string> PendingSamples, IReadOnlyList<string> TwiceSamples)
    {
        public int Total => Arrived + Pending + Twice;
    }

    public async Task<Counts> CountAsync(IReadOnlyCollection<AcceptedWrite> writes, CancellationToken ct)
    {
        var states = await StatesAsync(writes, ct);
        var pending = states.Where(s => s.Value == WriteState.Pending).Select(s => Describe(s.Key)).ToList();
        var twice = states.Where(s => s.Value == WriteState.Twice).Select(s => Describe(s.Key)).ToList();
        return new Counts(states.Count(s => s.Value == WriteState.Arrived), pending.Count, twice.Count, pending.Take(5).ToList(), twice.Take(5).ToList());
    }

    private static string Describe(AcceptedWrite w) => $"{w.Kind} {(w.Id == Guid.Empty ? w.Key : w.Id)} accepted {w.At:HH:mm:ss.fff}";

    public async Task<Dictionary<AcceptedWrite, WriteState>> StatesAsync(IReadOnlyCollection<AcceptedWrite> writes, CancellationToken ct)
    {
        await using var reports = await OpenAsync(ResourceNames.ReportsDb, ct);
        await using var targets = await OpenAsync(ResourceNames.TargetsDb, ct);
        await using var rankings = await OpenAsync(ResourceNames.RankingsDb, ct);
        var states = new Dictionary<AcceptedWrite, WriteState>();

        var filed = writes.Where(w => w.Kind == WriteKind.ReportFiled).ToList();
        // A report's reference is "PA-" and its number in the ward.
        static long NumberOf(AcceptedWrite w) => long.Parse(w.Key!["PA-".Length..]);
        var rows = await CountByAsync<long>(reports, "SELECT number, count(*) FROM reports WHERE tenant_code = @ward AND number = ANY(@keys) GROUP BY number",
            filed.Select(NumberOf).ToArray(), ct, ("ward", TestUser.TamPhuoc));
        foreach (var w in filed) states[w] = Judge(rows.GetValueOrDefault(NumberOf(w)), 1);

        foreach (var (kind, column, fact) in new[]
                 {
                     (WriteKind.ReportResolved, "resolved_on", "report-resolved"), (WriteKind.ReportVerified, "verified_on", "report-verified"),
                 })
        {
            var moved = writes.Where(w => w.Kind == kind).ToList();
            var ids = moved.Select(w => w.Id).ToArray();
            var inTargets = await CountByAsync<Guid>(targets, $"SELECT report_id, count(*) FROM report_facts WHERE report_id = ANY(@keys) AND {column} IS NOT NULL GROUP BY report_id", ids, ct);
            var inRankings = await CountByAsync<string>(rankings, "SELECT record, count(*) FROM facts WHERE kind = @kind AND record = ANY(@keys) GROUP BY record",
                ids.Select(id => $"report:{id}").ToArray(), ct, ("kind", fact));
            foreach (var w in moved)
                states[w] = Worst(Judge(inTargets.GetValueOrDefault(w.Id), 1), Judge(inRankings.GetValueOrDefault($"report:{w.Id}"), 1));
        }

        // A progress report arrived when rankings holds it, or a later one, as the target's latest value.
        var progress = writes.Where(w => w.Kind == WriteKind.Progress).ToList();
        var recorded = new Dictionary<Guid, DateTime>();
        await using (var command = new NpgsqlCommand("SELECT id, recorded_at FROM progress_reports WHERE id = ANY(@keys)", targets))
        {
            command.Parameters.AddWithValue("keys", progress.Select(w => w.Id).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) recorded[reader.GetGuid(0)] = reader.GetDateTime(1);
        }
        var latest = new Dictionary<Guid, DateTime>();
        await using (var command = new NpgsqlCommand("SELECT target_id, latest_recorded_at FROM targets WHERE target_id = ANY(@keys) AND latest_recorded_at IS NOT NULL", rankings))
        {
            command.Parameters.AddWithValue("keys", progress.Select(w => Guid.Parse(w.Key!)).Distinct().ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) latest[reader.GetGuid(0)] = reader.GetDateTime(1);
        }
        foreach (var w in progress)
            states[w] = recorded.TryGetValue(w.Id, out var at) && latest.TryGetValue(Guid.Parse(w.Key!), out var seen) && seen >= at
                ? WriteState.Arrived : WriteState.Pending;

        var plans = writes.Where(w => w.Kind == WriteKind.PlanIssued).ToList();
        var planIds = plans.Select(w => w.Id).ToArray();
        var issued = await CountByAsync<Guid>(targets, "SELECT plan_id, count(*) FROM issued_plans WHERE plan_id = ANY(@keys) GROUP BY plan_id", planIds, ct);
        var registered = await CountByAsync<Guid>(targets, "SELECT plan_id, count(*) FROM targets WHERE plan_id = ANY(@keys) GROUP BY plan_id", planIds, ct);
        var known = await CountByAsync<Guid>(rankings, "SELECT plan_id, count(*) FROM plans WHERE plan_id = ANY(@keys) GROUP BY plan_id", planIds, ct);
        var ranked = await CountByAsync<Guid>(rankings, "SELECT plan_id, count(*) FROM targets WHERE plan_id = ANY(@keys) GROUP BY plan_id", planIds, ct);
        foreach (var w in plans)
            states[w] = Worst(Judge(issued.GetValueOrDefault(w.Id), 1), Judge(registered.GetValueOrDefault(w.Id), w.Expected),
                Judge(known.GetValueOrDefault(w.Id), 1), Judge(ranked.GetValueOrDefault(w.Id), w.Expected));
        return states;
    }

    private static WriteState Judge(long found, int expected) =>
        found > expected ? WriteState.Twice : found == expected ? WriteState.Arrived : WriteState.Pending;

    private static WriteState Worst(params WriteState[] states) =>
        states.Contains(WriteState.Twice) ? WriteState.Twice : states.Contains(WriteState.Pending) ? WriteState.Pending : WriteState.Arrived;

    private async Task<NpgsqlConnection> OpenAsync(string database, CancellationToken ct)
    {
        // Unpooled: a pooled connection would outlive a database restart and fail the next count.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(await appHost.ConnectionStringAsync(database, ct)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task<Dictionary<TKey, long>> CountByAsync<TKey>(NpgsqlConnection connection, string sql, TKey[] keys, CancellationToken ct,
        params (string Name, object Value)[] parameters) where TKey : notnull
    {
        var counts = new Dictionary<TKey, long>();
        if (keys.Length == 0) return counts;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("keys", keys);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) counts[reader.GetFieldValue<TKey>(0)] = reader.GetInt64(1);
        return counts;
    }
}
