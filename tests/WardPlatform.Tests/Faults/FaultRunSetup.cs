using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Platform;
using WardPlatform.Tests.Reports;

namespace WardPlatform.Tests.Faults;

/// <summary>
/// What the load needs before it starts, made through the gateway: Tam Phước open to reports, a plan with targets to
/// report progress on, a ranking definition for the province to read. Clients carry access tokens obtained once and
/// renewed before they expire, as a browser's session does, so a fault in the directory's token exchange is not what
/// every request measures.
/// </summary>
public sealed class FaultRunSetup : IDisposable
{
    public string Ward => TestUser.TamPhuoc;
    public required HttpClient Citizen { get; init; }
    public required HttpClient Office { get; init; }
    public required HttpClient Officer { get; init; }
    public required HttpClient Chairman { get; init; }
    public required HttpClient Province { get; init; }
    public required Guid NeighbourhoodId { get; init; }
    public required IReadOnlyList<Guid> ProgressTargets { get; init; }
    public required Guid DefinitionId { get; init; }
    public byte[] Photo { get; } = TestImages.Jpeg();

    public static async Task<FaultRunSetup> PrepareAsync(RunningPlatform platform, CancellationToken ct)
    {
        async Task<HttpClient> Signed(string role, string tenant)
        {
            var person = platform.People.Find(role, tenant);
            Task<string> Exchange(CancellationToken c) =>
                AccessTokens.ForPersonalTokenAsync(platform.AppHost.Gateway, platform.AppHost.StateDirectory, person.ApiToken, c);
            var jwt = await Exchange(ct);
            return new HttpClient(new RenewedAccessToken(jwt, Exchange)) { BaseAddress = platform.GatewayAddress, Timeout = Timeout.InfiniteTimeSpan };
        }
        var office = await Signed(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var officer = await Signed(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var chairman = await Signed(WardRoles.WardChairman, TestUser.TamPhuoc);
        var province = await Signed(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);

        await WardReportsPage.OpenTamPhuocAsync(platform, ct);
        var setup = await office.GetFromJsonAsync<JsonElement>("/api/reports/setup", ct);
        var neighbourhood = setup.GetProperty("neighbourhoods")[0].GetProperty("id").GetGuid();

        // A plan of ten targets that officers report on.
        var targets = Enumerable.Range(1, 10).Select(i => new { text = $"Chỉ tiêu chạy tải số {i}: tỷ lệ đạt 90%", kind = "ShareToReach", value = 90, unit = "%" });
        using var created = await chairman.PostAsJsonAsync("/api/plans/plans", new { number = $"{Random.Shared.Next(1, 999)}/KH-TAI-GOC", title = "Kế hoạch gốc của đợt chạy tải", targets }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var planId = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await chairman.PostAsJsonAsync($"/api/plans/plans/{planId}/issue", new { issuedOn = "2026-01-05" }, ct)).StatusCode);
        var board = await Eventually.HoldsAsync(async () =>
        {
            using var response = await chairman.GetAsync($"/api/targets/plans/{planId}/board", ct);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>(ct) : (JsonElement?)null;
        }, b => b is { } json && json.GetProperty("targetCount").GetInt32() == 10, TimeSpan.FromSeconds(60), "the load's plan registered", ct);
        var ids = board!.Value.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("targets").EnumerateArray())
            .Select(t => t.GetProperty("id").GetGuid()).ToList();

        using var definition = await province.PostAsJsonAsync("/api/rankings/definitions", new
        {
            name = $"Xếp hạng giải quyết phản ánh (chạy tải {Guid.NewGuid():N})"[..48], periodStart = "2026-01-01", periodEnd = "2026-12-31",
            wards = new[] { TestUser.TamPhuoc, TestUser.BinhPhuoc },
            criteria = new[] { new { area = "Trật tự đô thị", name = "Phản ánh giải quyết đúng hạn", points = 100, source = "metric:reports-on-time", floor = 0, target = 100 } },
        }, ct);
        Assert.True(definition.StatusCode == HttpStatusCode.Created, await definition.Content.ReadAsStringAsync(ct));
        var definitionId = (await definition.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();

        return new FaultRunSetup
        {
            Citizen = new HttpClient { BaseAddress = platform.GatewayAddress, Timeout = Timeout.InfiniteTimeSpan },
            Office = office, Officer = officer, Chairman = chairman, Province = province,
            NeighbourhoodId = neighbourhood, ProgressTargets = ids, DefinitionId = definitionId,
        };
    }

    public void Dispose()
    {
        foreach (var client in new[] { Citizen, Office, Officer, Chairman, Province }) client.Dispose();
    }
}
