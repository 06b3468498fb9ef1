using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// Tenant isolation, from the gateway's real route table: every operation of every service's OpenAPI document is
/// called anonymously (401), and every operation that takes an id is called with Tam Phước's ids as a user of
/// another ward and of another province (403 or 404, nothing of Tam Phước's in the answer, nothing changed).
/// A new endpoint is covered as soon as it is in a service's OpenAPI document.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class IsolationMatrixTests(RunningPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private HttpClient Anonymous => platform.AppHost.Gateway;

    [Fact]
    public async Task Every_operation_refuses_anonymous_callers_with_401()
    {
        var operations = await OperationsAsync();
        Assert.True(operations.Count >= 20, $"only {operations.Count} operations found: is the route table empty?");
        var failures = new List<string>();
        // Operations open by design must be the citizens' or Open311's, never a staff path opened by mistake.
        Assert.All(operations.Where(o => o.IsAnonymous), o => Assert.Matches("^/(public|open311)/", o.Path));
        foreach (var operation in operations.Where(o => !o.IsAnonymous))
        {
            using var response = await SendAsync(Anonymous, operation, _ => Guid.NewGuid().ToString());
            if (response.StatusCode != HttpStatusCode.Unauthorized)
                failures.Add($"{operation}: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, "open to anonymous callers:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task Every_operation_taking_an_id_hides_one_wards_records_from_other_wards_and_other_provinces()
    {
        var owner = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var marker = $"Kế hoạch riêng của Tam Phước {Guid.NewGuid():N}";
        var plan = await (await platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc)
            .PostAsJsonAsync("/api/plans/plans", new { number = $"{Random.Shared.Next(1000)}/KH-TP", title = marker }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        await owner.PostAsJsonAsync("/api/directory/tokens", new { name = "Mã của quản trị Tam Phước" }, Ct);

        var operations = await OperationsAsync();
        var ids = await HarvestIdsAsync(owner, operations);
        ids.Add(plan.GetProperty("id").GetString()!);
        Assert.Contains("tamphuoc-tich-hop", ids); // the demo machine client: /machine-clients/{clientId} is tried too
        var markers = new List<string> { marker };
        markers.AddRange(platform.People.All.Where(p => p.TenantCode == TestUser.TamPhuoc).Select(p => p.UserName));

        var outsiders = new (string Who, HttpClient Client)[]
        {
            ("officer of Bình Phước", platform.ClientAs(WardRoles.WardOfficer, TestUser.BinhPhuoc)),
            ("administrator of Bình Phước", platform.ClientAs(WardRoles.WardAdministrator, TestUser.BinhPhuoc)),
            ("officer of another province", platform.ClientAs(WardRoles.WardOfficer, TestUser.OtherProvinceWard)),
        };
        var withIds = operations.Where(o => o.PathParameters.Length > 0 && !o.IsAnonymous).ToList();
        Assert.NotEmpty(withIds);
        // Records the outsider lists itself are not Tam Phước's own (a province's published ranking, read by all its wards).
        var shared = new Dictionary<string, HashSet<string>>();
        foreach (var (who, client) in outsiders) shared[who] = await HarvestIdsAsync(client, operations, seed: null);
        var before = await SnapshotAsync(owner, withIds, ids);
        var failures = new List<string>();
        var calls = 0;
        foreach (var operation in withIds)
        foreach (var id in CandidatesFor(operation, ids))
        foreach (var (who, client) in outsiders)
        {
            if (shared[who].Contains(id)) continue;
            using var response = await SendAsync(client, operation, _ => id);
            calls++;
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                failures.Add($"{operation} [{id}] as {who}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
            else if (markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } leaked)
                failures.Add($"{operation} [{id}] as {who}: the answer contains \"{leaked}\"");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {calls} calls crossed tenants:\n" + string.Join('\n', failures));
        TestContext.Current.SendDiagnosticMessage($"Isolation matrix: {withIds.Count} operations with ids, {ids.Count} ids, {calls} calls");

        var after = await SnapshotAsync(owner, withIds, ids);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_province_official_reads_a_wards_records_but_changes_none_and_another_province_reads_nothing()
    {
        var owner = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var operations = await OperationsAsync();
        var ids = await HarvestIdsAsync(owner, operations);
        var official = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        var withIds = operations.Where(o => o.PathParameters.Length > 0 && !o.IsAnonymous).ToList();
        // Records another ward lists too are the province's (a ranking definition), not Tam Phước's.
        var shared = await HarvestIdsAsync(platform.ClientAs(WardRoles.WardOfficer, TestUser.BinhPhuoc), operations, seed: null);
        var before = await SnapshotAsync(owner, withIds, ids);
        var failures = new List<string>();
        var readable = 0;
        foreach (var operation in withIds)
        foreach (var id in CandidatesFor(operation, ids).Where(id => !shared.Contains(id)))
        {
            using var response = await SendAsync(official, operation, _ => id);
            if (operation.Method == "GET") { if (response.IsSuccessStatusCode) readable++; continue; }
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                failures.Add($"{operation} [{id}] as province official: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, "a province official changed a ward's record:\n" + string.Join('\n', failures));
        Assert.True(readable > 0, "the province official could read none of Tam Phước's records");
        Assert.Equal(before, await SnapshotAsync(owner, withIds, ids));
    }

    private async Task<List<ApiOperation>> OperationsAsync()
    {
        var operations = await ApiOperations.ListAsync(Anonymous, Ct);
        Assert.Contains(operations, o => o.Service == "plans");
        return operations;
    }

    /// <summary>The ids the owner can see: every "id" (and a machine client's "clientId") in every list it can read.</summary>
    private async Task<HashSet<string>> HarvestIdsAsync(HttpClient owner, List<ApiOperation> operations, string? seed = TestUser.TamPhuoc)
    {
        var ids = seed is null ? new HashSet<string>() : new HashSet<string> { seed };
        foreach (var list in operations.Where(o => o.Method == "GET" && o.PathParameters.Length == 0))
        {
            using var response = await owner.GetAsync($"/api/{list.Service}{list.Path}", Ct);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/json") continue;
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct));
            var items = json is JsonArray array ? array : json?["items"] as JsonArray;
            foreach (var item in (items ?? []).Take(3).OfType<JsonObject>())
            foreach (var key in IdProperties)
                if (item[key]?.GetValueKind() == JsonValueKind.String) ids.Add(item[key]!.GetValue<string>());
        }
        return ids;
    }

    private static readonly string[] IdProperties = ["id", "clientId"];

    private static IEnumerable<string> CandidatesFor(ApiOperation operation, HashSet<string> ids) =>
        operation.Spec["parameters"]?.AsArray().Any(p => p?["in"]?.GetValue<string>() == "path"
            && p["schema"]?["format"]?.GetValue<string>() == "uuid") == true
            ? ids.Where(id => Guid.TryParse(id, out _))
            : ids;

    /// <summary>What the owner reads at every id path: must be the same after the outsiders' attempts.</summary>
    private async Task<List<string>> SnapshotAsync(HttpClient owner, List<ApiOperation> withIds, HashSet<string> ids)
    {
        var snapshot = new List<string>();
        foreach (var operation in withIds.Where(o => o.Method == "GET"))
        foreach (var id in CandidatesFor(operation, ids))
        {
            using var response = await SendAsync(owner, operation, _ => id);
            // Files (board.xlsx) carry their generation time; what they say is covered by the JSON reads beside them.
            var media = response.Content.Headers.ContentType?.MediaType ?? "";
            var body = media.Contains("json") || media.StartsWith("text/", StringComparison.Ordinal)
                ? TraceId().Replace(await response.Content.ReadAsStringAsync(Ct), "")
                : media;
            snapshot.Add($"{operation} [{id}] {(int)response.StatusCode} {body}");
        }
        return snapshot;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, ApiOperation operation, Func<string, string> valueOf)
    {
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.GatewayPath(valueOf));
        if (operation.HasBody)
            request.Content = new StringContent(operation.SampleBody().ToJsonString(), Encoding.UTF8, "application/json");
        return await client.SendAsync(request, Ct);
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();

}
