using System.Net;
using System.Text.Json;
using Npgsql;
using WardPlatform.Contracts;
using WardPlatform.Tenancy;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// Malformed input at scale (issue 14, point 4): every operation of every service, through the gateway, from the
/// services' own OpenAPI documents. No answer is a 5xx; a request that must be refused is refused and writes no row
/// in any service's database; every service is healthy afterwards.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MalformedInputTests(RunningPlatform platform)
{
    private const int Requests = 2_000;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_thousand_malformed_requests_get_no_5xx_the_refused_ones_write_nothing_and_every_service_stays_healthy()
    {
        var operations = await ApiOperations.ListAsync(platform.AppHost.Gateway, Ct);
        var cases = MalformedRequests.For(operations);
        var mustBeRefused = MalformedRequests.Spread(cases.Where(c => c.MustBeRefused).ToList(), Requests * 7 / 10);
        // Hostile but well-formed content may be accepted; not where it would edit the ward's own settings in place
        // (PUT /setup and the like), which the tests after this one read.
        var content = MalformedRequests.Spread(cases.Where(c => !c.MustBeRefused
            && !(c.Operation.Method is "PUT" or "PATCH" or "DELETE" && c.Operation.PathParameters.Length == 0)).ToList(), Requests - mustBeRefused.Count);
        Assert.Equal(Requests, mustBeRefused.Count + content.Count);
        // Each case goes to the ward's officer, chairman and administrator in turn: many operations are one role's.
        HttpClient[] callers =
        [
            platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc),
            platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc),
            platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc),
        ];
        var run = new MalformedRun(callers);
        var before = await SettledRowCountsAsync();
        await run.SendAsync(mustBeRefused, Ct);
        var after = await SettledRowCountsAsync();
        var written = before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t)} → {after.GetValueOrDefault(t)} rows").ToList();
        await run.SendAsync(content, Ct);

        TestContext.Current.SendDiagnosticMessage($"Malformed input: {operations.Count} operations, {cases.Count} distinct cases ({cases.Count(c => c.MustBeRefused)} must be refused), {run.Sent} sent; {run.StatusLine}");
        Assert.True(run.Failures.Count == 0, $"{run.Failures.Count} of {run.Sent} malformed requests were answered wrongly:\n" + string.Join('\n', run.Failures.Take(60)));
        Assert.True(written.Count == 0, "refused requests wrote rows:\n" + string.Join('\n', written));
        Assert.Contains(run.Statuses.Keys, s => s == 400);   // the bodies reached the services' validation, not only the gateway

        await Eventually.HoldsAsync(async () =>
        {
            using var response = await platform.AppHost.Gateway.GetAsync("/health", Ct);
            return (await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(Ct), cancellationToken: Ct))
                .RootElement.GetProperty("status").GetString() == "Healthy";
        }, TimeSpan.FromSeconds(60), "every service healthy after the malformed requests", Ct);
    }

    /// <summary>
    /// Rows per table in every service's database once nothing moves any more (events of earlier tests delivered).
    /// What a refusal itself writes is left out: the audit trail of the refusals and the messages carrying it, and the
    /// sign-in server's token entries (the gateway trades the callers' personal tokens for access tokens as they expire).
    /// </summary>
    private async Task<Dictionary<string, long>> SettledRowCountsAsync()
    {
        Dictionary<string, long>? previous = null;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var counts = await RowCountsAsync();
            if (previous is not null && (counts.Count == previous.Count && counts.All(c => previous.GetValueOrDefault(c.Key, -1) == c.Value)
                                         || DateTime.UtcNow > deadline))
                return counts;
            previous = counts;
            await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        }
    }

    private static readonly string[] RefusalBookkeeping = ["audit", "outbox", "inbox", "openiddict", "__ef"];

    private async Task<Dictionary<string, long>> RowCountsAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (var service in ResourceNames.Services)
        {
            await using var connection = new NpgsqlConnection(await platform.AppHost.ConnectionStringAsync(ResourceNames.DatabaseOf(service), Ct));
            await connection.OpenAsync(Ct);
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", connection))
            await using (var reader = await list.ExecuteReaderAsync(Ct))
                while (await reader.ReadAsync(Ct)) tables.Add(reader.GetString(0));
            foreach (var table in tables.Where(t => !RefusalBookkeeping.Any(b => t.Contains(b, StringComparison.OrdinalIgnoreCase))))
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {string.Join('.', table.Split('.').Select(p => $"\"{p}\""))}", connection);
                counts[$"{service}: {table}"] = (long)(await count.ExecuteScalarAsync(Ct))!;
            }
        }
        return counts;
    }
}
