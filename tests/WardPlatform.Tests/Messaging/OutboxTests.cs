using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Messaging;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Targets.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Messaging;

public sealed class OutboxTests(TestServers servers)
{
    // The plans service's outbox also carries its audit events.
    private static readonly System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> IsPlanIssued =
        m => m.Type.StartsWith(typeof(WardPlatform.Contracts.Events.PlanIssued).FullName + ",");

    [Fact]
    public async Task A_plan_issued_while_the_broker_is_unreachable_reaches_targets_once_the_broker_is_back()
    {
        var eventBus = servers.NewEventBus();
        var broker = EventBusConnection.Parse(eventBus);
        await using var brokerLink = new TcpProxy(broker.Host, broker.Port);
        await using var plans = new ServiceHost<PlansDbContext>(servers, ResourceNames.PlansDb,
            $"amqp://{broker.Username}:{broker.Password}@127.0.0.1:{brokerLink.Port}/{broker.VirtualHost}");
        await using var targets = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb, eventBus);
        await Task.WhenAll(plans.WaitReadyAsync(), targets.WaitReadyAsync());
        var api = plans.ClientAs(TestUser.WardOfficer());

        brokerLink.Cut();
        var created = await api.PostAsJsonAsync("/plans", new { number = "118/KH-UBND", title = "Kế hoạch thi đua năm 2025" }, TestContext.Current.CancellationToken);
        var plan = (await created.Content.ReadFromJsonAsync<PlanDto>(TestContext.Current.CancellationToken))!;
        var issued = await plans.ClientAs(TestUser.WardChairman()).PostAsJsonAsync($"/plans/{plan.Id}/issue", new { issuedOn = "2025-03-05" }, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, issued.StatusCode);

        // The change is committed and the event is kept, while every publish attempt fails.
        // The outbox keeps order, so the first message (the creation's audit event) is the one retried.
        await Eventually.HoldsAsync(
            () => plans.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).FirstOrDefaultAsync()),
            m => m is { Attempts: >= 1, DispatchedAt: null }, TimeSpan.FromSeconds(30), "a failed publish attempt recorded in the outbox", TestContext.Current.CancellationToken);
        Assert.Null((await plans.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(IsPlanIssued))).DispatchedAt);
        Assert.Equal("Issued", (await plans.QueryAsync(db => db.Plans.SingleAsync())).Status.ToString());
        Assert.Null(await targets.QueryAsync(db => db.IssuedPlans.FindAsync(plan.Id).AsTask()));

        brokerLink.Restore();

        var recorded = await Eventually.HoldsAsync(
            () => targets.QueryAsync(db => db.IssuedPlans.AsNoTracking().SingleOrDefaultAsync(p => p.PlanId == plan.Id)),
            p => p is not null, TimeSpan.FromSeconds(60), "targets recorded the plan issued during the outage", TestContext.Current.CancellationToken);
        Assert.Equal("118/KH-UBND", recorded.Number);
        Assert.Equal(new DateOnly(2025, 3, 5), recorded.IssuedOn);
        Assert.Equal(1, recorded.TimesRecorded);
        // The consumer may record the plan before the dispatcher has written down the broker's confirm.
        await Eventually.HoldsAsync(() => plans.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(IsPlanIssued)),
            m => m?.DispatchedAt is not null, TimeSpan.FromSeconds(30), "the outbox row marked dispatched", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Past_its_outbox_bound_during_a_broker_outage_a_service_refuses_writes_with_503_keeps_reading_and_takes_writes_again_once_drained()
    {
        var ct = TestContext.Current.CancellationToken;
        var eventBus = servers.NewEventBus();
        var broker = EventBusConnection.Parse(eventBus);
        await using var brokerLink = new TcpProxy(broker.Host, broker.Port);
        await using var plans = new ServiceHost<PlansDbContext>(servers, ResourceNames.PlansDb,
            $"amqp://{broker.Username}:{broker.Password}@127.0.0.1:{brokerLink.Port}/{broker.VirtualHost}",
            settings: new Dictionary<string, string> { ["Outbox:MaxBacklog"] = "3", ["Outbox:SweepInterval"] = "00:00:01" });
        await plans.WaitReadyAsync();
        var api = plans.ClientAs(TestUser.WardOfficer());

        brokerLink.Cut();
        // Each draft writes its audit event to the outbox; past three pending the service says "not now".
        var refused = await Eventually.HoldsAsync(async () =>
        {
            var response = await api.PostAsJsonAsync("/plans", new { number = $"{Random.Shared.Next(1, 999)}/KH-UBND", title = "Kế hoạch khi mất kết nối" }, ct);
            return response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable ? response : null;
        }, r => r is not null, TimeSpan.FromSeconds(60), "a write refused past the outbox bound", ct);
        Assert.NotNull(refused!.Headers.RetryAfter);
        var problem = await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct);
        Assert.Equal("outbox_backlog", problem.GetProperty("code").GetString());
        var pending = await plans.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null));
        Assert.True(pending > 3, $"{pending} pending");
        for (var i = 0; i < 3; i++)
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable,
                (await api.PostAsJsonAsync("/plans", new { number = $"12{i}/KH-UBND", title = "Kế hoạch bị từ chối" }, ct)).StatusCode);
        // Bounded: the refused writes added nothing to the outbox (nor a plan).
        Assert.Equal(pending, await plans.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null)));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.GetAsync("/plans", ct)).StatusCode);   // reads go on

        brokerLink.Restore();
        await Eventually.HoldsAsync(async () =>
            (await api.PostAsJsonAsync("/plans", new { number = "120/KH-UBND", title = "Kế hoạch sau khi có lại kết nối" }, ct)).StatusCode == System.Net.HttpStatusCode.Created,
            TimeSpan.FromSeconds(60), "writes taken again once the outbox drained", ct);
    }

    [Fact]
    public async Task An_issued_plan_is_published_right_after_commit_without_waiting_for_the_sweeper()
    {
        var noSweep = new Dictionary<string, string> { ["Outbox:SweepInterval"] = "01:00:00" };
        var eventBus = servers.NewEventBus();
        await using var plans = new ServiceHost<PlansDbContext>(servers, ResourceNames.PlansDb, eventBus, settings: noSweep);
        await using var targets = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb, eventBus);
        await Task.WhenAll(plans.WaitReadyAsync(), targets.WaitReadyAsync());
        var api = plans.ClientAs(TestUser.WardOfficer());

        var created = await api.PostAsJsonAsync("/plans", new { number = "5/KH", title = "Kế hoạch" }, TestContext.Current.CancellationToken);
        var plan = (await created.Content.ReadFromJsonAsync<PlanDto>(TestContext.Current.CancellationToken))!;
        await plans.ClientAs(TestUser.WardChairman()).PostAsJsonAsync($"/plans/{plan.Id}/issue", new { }, TestContext.Current.CancellationToken);

        // The sweeper sleeps for an hour: only the commit signal can have sent it.
        await Eventually.HoldsAsync(
            () => targets.QueryAsync(db => db.IssuedPlans.AsNoTracking().SingleOrDefaultAsync(p => p.PlanId == plan.Id)),
            p => p is not null, TimeSpan.FromSeconds(15), "targets recorded the plan", TestContext.Current.CancellationToken);
    }
}
