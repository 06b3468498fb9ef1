using System.Net.Http.Headers;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Targets.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

/// <summary>
/// Tests of the targets service: a fresh host and database per test, a clock fixed at 10:00 on 1 June 2026 in
/// Vietnam (03:00 UTC), and plans arriving the way they do in production: PlanIssued on the bus.
/// </summary>
public abstract class TargetsServiceTests(TestServers servers) : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 6, 1);

    protected TestClock Clock { get; } = new(Now);
    protected ServiceHost<TargetsDbContext> Targets { get; private set; } = null!;
    protected HttpClient Api { get; private set; } = null!;
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly TestServers _servers = servers;

    public async ValueTask InitializeAsync()
    {
        Targets = new ServiceHost<TargetsDbContext>(_servers, ResourceNames.TargetsDb, settings: Settings,
            services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        await Targets.WaitReadyAsync();
        Api = Targets.ClientAs(TestUser.WardOfficer());
    }

    public ValueTask DisposeAsync() => Targets.DisposeAsync();

    /// <summary>Configuration a test class adds to the service's.</summary>
    protected virtual IDictionary<string, string>? Settings => null;

    /// <summary>Publishes a plan's PlanIssued (with a MessageId, as the outbox does) and waits until its targets are registered.</summary>
    protected async Task<PlanIssued> IssueAsync(PlanIssued plan, Guid? messageId = null)
    {
        var bus = Targets.Services.GetRequiredService<IBus>();
        await bus.Publish(plan, context => context.MessageId = messageId ?? NewId.NextGuid(), Ct);
        var expected = plan.Targets?.Count ?? 0;
        await Eventually.HoldsAsync(() => Targets.QueryAsync(async db =>
                await db.IssuedPlans.AnyAsync(p => p.PlanId == plan.PlanId) && await db.Targets.CountAsync(t => t.PlanId == plan.PlanId) >= expected),
            TimeSpan.FromSeconds(30), $"plan {plan.Number} and its {expected} targets registered", Ct);
        return plan;
    }

    protected static PlanIssued Plan(string tenant = TestUser.TamPhuoc, params PlannedTarget[] targets) =>
        new(Guid.NewGuid(), tenant, TestUser.ProvinceCode, $"{Random.Shared.Next(1, 999)}/KH-UBND", "Kế hoạch thi đua năm 2026",
            new DateOnly(2026, 1, 5), Now.AddMonths(-5), targets, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    protected static PlannedTarget Count(decimal value = 10, string unit = "sáng kiến", string? owner = "Văn phòng HĐND-UBND", string? theme = "1") =>
        new(Guid.NewGuid(), $"Có ít nhất {value} {unit}", "Count", value, unit, ThemeNumber: theme, OwnerUnit: owner, OwnerPerson: "Nguyễn Văn A");

    protected static PlannedTarget Share(decimal value = 95, string? owner = "Trung tâm Phục vụ hành chính công") =>
        new(Guid.NewGuid(), $"Số hóa {value}% hồ sơ thủ tục hành chính", "ShareToReach", value, "%", ThemeNumber: "2", OwnerUnit: owner);

    protected Task<int> CountAsync<T>() where T : class => Targets.QueryAsync(db => db.Set<T>().CountAsync());

    protected Task<int> OutboxCountAsync<TEvent>() => Targets.QueryAsync(db =>
        db.Set<OutboxMessage>().CountAsync(m => m.Type.StartsWith(typeof(TEvent).FullName + ",")));

    protected Task<List<string>> OutboxPayloadsAsync<TEvent>() => Targets.QueryAsync(db =>
        db.Set<OutboxMessage>().Where(m => m.Type.StartsWith(typeof(TEvent).FullName + ",")).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync());

    /// <summary>A progress report as the web front sends it: multipart, with evidence files.</summary>
    protected static MultipartFormDataContent ProgressForm(string? value, string? reportedOn, string? note = null, string? unit = null,
        params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        if (value is not null) form.Add(new StringContent(value), "value");
        if (reportedOn is not null) form.Add(new StringContent(reportedOn), "reportedOn");
        if (note is not null) form.Add(new StringContent(note), "note");
        if (unit is not null) form.Add(new StringContent(unit), "unit");
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "evidence", name);
        }
        return form;
    }
}
