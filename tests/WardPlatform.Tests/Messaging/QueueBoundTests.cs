using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Messaging;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Targets.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Messaging;

public sealed class QueueBoundTests(TestServers servers)
{
    private const string Queue = "targets-plan-issued";

    [Fact]
    public async Task A_full_queue_refuses_new_events_the_outbox_keeps_them_and_they_arrive_once_when_the_consumer_makes_room()
    {
        var ct = TestContext.Current.CancellationToken;
        var eventBus = servers.NewEventBus();
        await QueueBounds.ApplyAsync(servers.ManagementApi, "guest", "guest", EventBusConnection.Parse(eventBus).VirtualHost, maxLength: 2, ct: ct);
        var targetsDatabase = new Dictionary<string, string> { [$"ConnectionStrings:{ResourceNames.TargetsDb}"] = servers.NewDatabase(ResourceNames.TargetsDb) };

        // The targets service declares its queues, then stops: its queue fills and nothing takes from it.
        await using (var first = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb, eventBus, targetsDatabase))
            await first.WaitReadyAsync();

        await using var plans = new ServiceHost<PlansDbContext>(servers, ResourceNames.PlansDb, eventBus);
        await plans.WaitReadyAsync();
        var issuedIds = new List<Guid>();
        for (var i = 1; i <= 4; i++)
        {
            var created = await plans.ClientAs(TestUser.WardOfficer()).PostAsJsonAsync("/plans", new { number = $"{40 + i}/KH-UBND", title = $"Kế hoạch {i}" }, ct);
            var plan = (await created.Content.ReadFromJsonAsync<PlanDto>(ct))!;
            var issued = await plans.ClientAs(TestUser.WardChairman()).PostAsJsonAsync($"/plans/{plan.Id}/issue", new { issuedOn = "2025-03-05" }, ct);
            Assert.Equal(System.Net.HttpStatusCode.OK, issued.StatusCode);
            issuedIds.Add(plan.Id);
        }

        // The queue fills (a quorum queue takes one past its bound before it refuses); the next event is refused by the
        // broker and stays in the outbox, retried, with the ones after it waiting behind it.
        var waiting = await Eventually.HoldsAsync<List<OutboxMessage>>(
            async () => await plans.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(IsPlanIssued).OrderBy(m => m.Sequence).ToListAsync()),
            messages => messages!.Count == 4 && messages.Any(m => m is { DispatchedAt: null, Attempts: >= 1 }),
            TimeSpan.FromSeconds(60), "the full queue refusing an event, kept in the outbox", ct);
        var published = waiting.TakeWhile(m => m.DispatchedAt != null).Count();
        Assert.InRange(published, 2, 3);
        Assert.All(waiting.Skip(published), m => Assert.Null(m.DispatchedAt));   // order kept

        // The queue's depth, as the consuming service shows it in its metrics.
        var depth = await QueueDepthOfAsync(eventBus, ct);
        Assert.Equal(published, depth);

        // The consumer back: it drains the queue, the outbox publishes the rest, each plan arrives once.
        await using var second = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb, eventBus, targetsDatabase);
        await second.WaitReadyAsync();
        var recorded = await Eventually.HoldsAsync<List<WardPlatform.Targets.IssuedPlans.IssuedPlan>>(
            async () => await second.QueryAsync(db => db.IssuedPlans.AsNoTracking().Where(p => issuedIds.Contains(p.PlanId)).ToListAsync()),
            list => list!.Count == 4, TimeSpan.FromSeconds(90), "all four plans recorded by targets", ct);
        Assert.All(recorded, p => Assert.Equal(1, p.TimesRecorded));
        await Eventually.HoldsAsync(() => plans.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(IsPlanIssued).CountAsync(m => m.DispatchedAt == null)),
            pending => pending == 0, TimeSpan.FromSeconds(30), "nothing left in the outbox", ct);
    }

    [Fact]
    public async Task A_service_reports_the_depth_of_its_own_queues_as_a_gauge()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var targets = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb);
        await targets.WaitReadyAsync();
        var depth = targets.Services.GetRequiredService<QueueDepth>();
        Assert.Contains(Queue, depth.Queues.Keys);   // its consumers' queues, as MassTransit named them

        // Read by the host's own poller within a few seconds of starting (an empty queue: 0).
        var read = await Eventually.HoldsAsync(() => Task.FromResult(depth.Messages.TryGetValue(Queue, out var n) ? (long?)n : null),
            n => n is not null, TimeSpan.FromSeconds(30), "the queue's depth read", ct);
        Assert.Equal(0, read);
        Assert.Equal(0, Observe(targets.Services.GetRequiredService<IMeterFactory>())[Queue]);
    }

    /// <summary>The gauge "ward.eventbus.queue.messages" of a poller reading the targets queue of <paramref name="eventBus"/>.</summary>
    private static async Task<long> QueueDepthOfAsync(string eventBus, CancellationToken ct)
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var depth = new QueueDepth(meters);
        depth.Queues.TryAdd(Queue, 0);
        using var poller = new QueueDepthPoller(depth, EventBusConnection.Parse(eventBus), NullLogger<QueueDepthPoller>.Instance);
        await poller.StartAsync(ct);
        await Eventually.HoldsAsync(() => Task.FromResult(depth.Messages.ContainsKey(Queue)), TimeSpan.FromSeconds(30), "the depth read", ct);
        await poller.StopAsync(ct);
        return Observe(meters)[Queue];
    }

    /// <summary>What the gauge reports, per queue, for the meters of one host.</summary>
    private static Dictionary<string, long> Observe(IMeterFactory meters)
    {
        var seen = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "ward.eventbus.queue.messages" && instrument.Meter.Scope == meters) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags) if (tag.Key == "queue") seen[(string)tag.Value!] = value;
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return seen;
    }

    private static readonly System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> IsPlanIssued =
        m => m.Type.StartsWith(typeof(PlanIssued).FullName + ",");
}
