using WardPlatform.Tenancy;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Contracts;
using WardPlatform.LocalServers;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>The platform as people reach it: through the AppHost and the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformTests(RunningPlatform platform)
{
    private HttpClient Gateway => platform.AppHost.Gateway;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_service_is_healthy_through_the_gateway()
    {
        var health = await Gateway.GetFromJsonAsync<JsonElement>("/health", Ct);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        foreach (var service in ResourceNames.Services)
        {
            Assert.Equal("Healthy", health.GetProperty("checks").GetProperty(service).GetProperty("status").GetString());
            var direct = await Gateway.GetAsync($"/api/{service}/health", Ct);
            Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
            var report = await direct.Content.ReadFromJsonAsync<JsonElement>(Ct);
            // Ready means the service's own database (Aspire's DbContext check) and the broker answer.
            var database = report.GetProperty("checks").EnumerateObject().Single(c => c.Name.EndsWith("DbContext", StringComparison.Ordinal));
            Assert.Equal("Healthy", database.Value.GetProperty("status").GetString());
            Assert.Equal("Healthy", report.GetProperty("checks").GetProperty(ResourceNames.EventBus).GetProperty("status").GetString());
            Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("masstransit-bus").GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task The_home_page_is_in_Vietnamese_and_the_service_status_is_not_public()
    {
        var response = await Gateway.GetAsync("/", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"vi\">", html);
        // Written as letters, not as numeric entities.
        Assert.Contains("Dành cho người dân", html);
        Assert.DoesNotContain("data-service=", html);
        var status = await Gateway.GetAsync("/admin/status", Ct);
        Assert.DoesNotContain("data-service=", await status.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        foreach (var path in new[] { "/no-such-page", "/api/no-such-service/plans" })
        {
            var response = await Gateway.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Each_service_publishes_its_OpenAPI_document_through_the_gateway_and_one_reference_page_shows_them()
    {
        foreach (var service in ResourceNames.Services)
        {
            var document = await Gateway.GetFromJsonAsync<JsonElement>($"/api/{service}/openapi/v1.json", Ct);
            Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
            Assert.Equal($"/api/{service}", document.GetProperty("servers")[0].GetProperty("url").GetString());
        }
        var plans = await Gateway.GetFromJsonAsync<JsonElement>("/api/plans/openapi/v1.json", Ct);
        Assert.True(plans.GetProperty("paths").TryGetProperty("/plans/{id}/issue", out _));

        var page = await Gateway.GetAsync("/api-docs", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        foreach (var service in ResourceNames.Services) Assert.Contains($"api/{service}/openapi/v1.json", html);
    }

    [Fact]
    public async Task A_plan_issued_through_the_gateway_is_recorded_by_the_targets_service_and_seen_only_by_its_ward_and_province()
    {
        using var officer = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var number = $"{Random.Shared.Next(1, 999)}/KH-UBND-{Guid.NewGuid():N}"[..30];
        var created = await officer.PostAsJsonAsync("/api/plans/plans", new { number, title = "Kế hoạch tổ chức phong trào thi đua năm 2025" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        // Issuing is the chairman's act.
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        var issued = await chairman.PostAsJsonAsync($"/api/plans/plans/{id}/issue", new { issuedOn = "2025-03-05" }, Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);

        var recorded = await Eventually.HoldsAsync(async () =>
        {
            var response = await officer.GetAsync($"/api/targets/plans/{id}", Ct);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>(Ct) : (JsonElement?)null;
        }, r => r is not null, TimeSpan.FromSeconds(30), "targets recorded the issued plan", TestContext.Current.CancellationToken);
        Assert.Equal(number, recorded!.Value.GetProperty("number").GetString());
        Assert.Equal("Kế hoạch tổ chức phong trào thi đua năm 2025", recorded.Value.GetProperty("title").GetString());

        // The province reads it in both services; another ward and another province do not see it; nobody anonymous does.
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/plans/plans/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/targets/plans/{id}", Ct)).StatusCode);
        using var neighbour = platform.ClientAs(WardRoles.WardOfficer, TestUser.BinhPhuoc);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/plans/plans/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/targets/plans/{id}", Ct)).StatusCode);
        using var elsewhere = platform.ClientAs(WardRoles.WardOfficer, TestUser.OtherProvinceWard);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/plans/plans/{id}", Ct)).StatusCode);
        Assert.DoesNotContain(number, await (await elsewhere.GetAsync("/api/plans/plans", Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Gateway.GetAsync($"/api/plans/plans/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_service_killed_with_SIGKILL_is_restarted_by_the_AppHost_and_meanwhile_answers_a_problem_or_waits()
    {
        using var officer = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var before = platform.AppHost.Resource(ResourceNames.Plans);
        Assert.NotNull(before.Pid);

        Posix.Signal(before.Pid!.Value, Posix.SIGKILL);
        await Eventually.HoldsAsync(() => Task.FromResult(!Posix.IsAlive(before.Pid.Value)), TimeSpan.FromSeconds(5), "plans gone", TestContext.Current.CancellationToken);
        // DCP's proxy in front of the service may hold the request until the restarted service answers; if it does not,
        // the gateway's answer is a problem naming the service, never a bare error page.
        var whileDown = await officer.GetAsync("/api/plans/plans", Ct);
        if (whileDown.StatusCode != HttpStatusCode.OK)
        {
            Assert.Contains(whileDown.StatusCode, new[] { HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout });
            Assert.Equal("application/problem+json", whileDown.Content.Headers.ContentType?.MediaType);
            var problem = await whileDown.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal("plans", problem.GetProperty("service").GetString());
        }

        var after = await Eventually.HoldsAsync(
            () => Task.FromResult<ResourceRow?>(platform.AppHost.Resource(ResourceNames.Plans)),
            r => r is { Health: "Healthy", State: "Running", Pid: not null } && r.Pid != before.Pid,
            TimeSpan.FromSeconds(90), "plans restarted and healthy", TestContext.Current.CancellationToken);
        Assert.True(Posix.IsAlive(after!.Pid!.Value));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/plans/plans", Ct)).StatusCode);
    }
}
