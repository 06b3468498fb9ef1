using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Targets.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Messaging;

/// <summary>One trace follows a plan from the request that issues it, through the outbox and RabbitMQ, to the consumer.</summary>
public sealed class OutboxTraceTests(TestServers servers)
{
    [Fact]
    public async Task The_consumer_of_an_issued_plan_works_in_the_trace_of_the_request_that_issued_it()
    {
        var seen = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or "WardPlatform.Messaging" or "Microsoft.AspNetCore" or "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = seen.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var eventBus = servers.NewEventBus();
        await using var plans = new ServiceHost<PlansDbContext>(servers, ResourceNames.PlansDb, eventBus);
        await using var targets = new ServiceHost<TargetsDbContext>(servers, ResourceNames.TargetsDb, eventBus);
        await Task.WhenAll(plans.WaitReadyAsync(), targets.WaitReadyAsync());

        var created = await plans.ClientAs(TestUser.WardOfficer()).PostAsJsonAsync("/plans", new { number = "7/KH", title = "Kế hoạch" }, TestContext.Current.CancellationToken);
        var plan = (await created.Content.ReadFromJsonAsync<PlanDto>(TestContext.Current.CancellationToken))!;

        // The gateway (or any caller) sends its trace on in a traceparent header.
        var traceId = ActivityTraceId.CreateRandom();
        using var issue = new HttpRequestMessage(HttpMethod.Post, $"/plans/{plan.Id}/issue") { Content = JsonContent.Create(new { }) };
        issue.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var issued = await plans.ClientAs(TestUser.WardChairman()).SendAsync(issue, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, issued.StatusCode);

        await Eventually.HoldsAsync(
            () => targets.QueryAsync(db => db.IssuedPlans.AsNoTracking().SingleOrDefaultAsync(p => p.PlanId == plan.Id)),
            p => p is not null, TimeSpan.FromSeconds(30), "targets recorded the plan", TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(() => Task.FromResult(seen.Any(a => a.TraceId == traceId && a.Kind == ActivityKind.Consumer)),
            TimeSpan.FromSeconds(10), "a consumer activity in the request's trace", TestContext.Current.CancellationToken);

        var trace = seen.Where(a => a.TraceId == traceId).ToList();
        Assert.Contains(trace, a => a.Source.Name == "WardPlatform.Messaging" && a.DisplayName == "outbox publish");
        Assert.Contains(trace, a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Producer);
        Assert.Contains(trace, a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Consumer);
    }
}
