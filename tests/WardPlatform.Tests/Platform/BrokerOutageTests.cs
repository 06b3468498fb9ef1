using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Contracts;
using WardPlatform.LocalServers;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>RabbitMQ killed outright under the running platform: its resource restarts it, health tells, nothing is lost.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BrokerOutageTests(RunningPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_broker_killed_with_SIGKILL_is_restarted_health_shows_the_outage_and_a_plan_issued_meanwhile_reaches_targets()
    {
        var broker = platform.AppHost.Resource(ResourceNames.EventBus);
        Assert.Equal("Running", broker.State);
        Assert.NotNull(broker.Pid);
        Assert.Contains("beam.smp", Posix.CommandLine(broker.Pid!.Value));

        Posix.Signal(broker.Pid.Value, Posix.SIGKILL);

        // While it is down, the gateway's /health says which services lost the broker, and why.
        var health = await Eventually.HoldsAsync(async () =>
        {
            var response = await platform.AppHost.Gateway.GetAsync("/health", Ct);
            return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        }, h => h.GetProperty("checks").GetProperty(ResourceNames.Plans) is var check
                && check.GetProperty("status").GetString() != "Healthy"
                // On a loaded machine a check may first time out ("timeout"): wait for the service's own reason.
                && check.GetProperty("description").GetString()?.Contains("RabbitMQ") == true,
            TimeSpan.FromSeconds(30), "the gateway's /health showing the plans service without its broker, and why", Ct);
        Assert.NotEqual("Healthy", health.GetProperty("status").GetString());
        var plans = health.GetProperty("checks").GetProperty(ResourceNames.Plans);
        Assert.NotEqual("Healthy", plans.GetProperty("status").GetString());
        Assert.Contains("RabbitMQ", plans.GetProperty("description").GetString());

        // A plan issued while the broker is down: the outbox keeps its event.
        using var officer = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        var number = $"{Random.Shared.Next(1, 999)}/KH-MQ-{Guid.NewGuid():N}"[..30];
        var created = await officer.PostAsJsonAsync("/api/plans/plans", new { number, title = "Kế hoạch ban hành khi mất kết nối RabbitMQ" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var issued = await chairman.PostAsJsonAsync($"/api/plans/plans/{id}/issue", new { issuedOn = "2026-03-05" }, Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);

        // The resource starts the broker again (a new process), and the services recover by themselves.
        var restarted = await Eventually.HoldsAsync(() => Task.FromResult<ResourceRow?>(platform.AppHost.Resource(ResourceNames.EventBus)),
            r => r is { State: "Running", Health: "Healthy", Pid: not null } && r.Pid != broker.Pid, TimeSpan.FromSeconds(90),
            "the broker restarted by its resource", Ct);
        Assert.True(Posix.IsAlive(restarted!.Pid!.Value));

        var recorded = await Eventually.HoldsAsync(async () =>
        {
            var response = await officer.GetAsync($"/api/targets/plans/{id}", Ct);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>(Ct) : (JsonElement?)null;
        }, r => r is not null, TimeSpan.FromSeconds(120), "targets recorded the plan issued during the outage", Ct);
        Assert.Equal(number, recorded!.Value.GetProperty("number").GetString());

        await Eventually.HoldsAsync(async () =>
        {
            var response = await platform.AppHost.Gateway.GetAsync("/health", Ct);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString() == "Healthy";
        }, TimeSpan.FromSeconds(60), "every service healthy again", Ct);

        // The restarted broker still bounds the services' queues (the AppHost sets the policy after every start).
        using var management = new HttpClient { BaseAddress = platform.AppHost.BrokerManagementApi };
        management.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        // Set after the restart, and shown by the management API once its statistics catch up: waited for, not read once.
        var queue = await Eventually.HoldsAsync(() => management.GetFromJsonAsync<JsonElement>("api/queues/%2F/targets-plan-issued", Ct),
            q => q.TryGetProperty("policy", out var policy) && policy.ValueKind == JsonValueKind.String,
            TimeSpan.FromSeconds(60), "the restarted broker's queue under the bound policy", Ct);
        Assert.Equal(WardPlatform.Messaging.QueueBounds.PolicyName, queue.GetProperty("policy").GetString());
        var bound = queue.GetProperty("effective_policy_definition");
        Assert.Equal(WardPlatform.Messaging.QueueBounds.DefaultMaxLength, bound.GetProperty("max-length").GetInt32());
        Assert.Equal("reject-publish", bound.GetProperty("overflow").GetString());
    }
}
