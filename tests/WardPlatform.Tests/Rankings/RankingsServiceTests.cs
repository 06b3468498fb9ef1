using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Rankings.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Rankings;

/// <summary>
/// The rankings service on its real Program with its own database and virtual host; the events it ranks on are
/// published onto the test broker the way targets, plans, reports and commendations publish them.
/// </summary>
public abstract class RankingsServiceTests(TestServers servers) : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);
    protected const string ProvincePlanNumber = "208/KH-UBND";

    protected ServiceHost<RankingsDbContext> Rankings { get; private set; } = null!;
    protected HttpClient Province { get; private set; } = null!;
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly TestServers _servers = servers;

    public async ValueTask InitializeAsync()
    {
        Rankings = new ServiceHost<RankingsDbContext>(_servers, ResourceNames.RankingsDb);
        await Rankings.WaitReadyAsync();
        Province = Rankings.ClientAs(TestUser.ProvinceOfficial());
    }

    public ValueTask DisposeAsync() => Rankings.DisposeAsync();

    protected HttpClient Ward(string ward) => Rankings.ClientAs(TestUser.WardOfficer(ward));

    protected Task PublishAsync<T>(T message) where T : class =>
        Rankings.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = NewId.NextGuid(), Ct);

    /// <summary>Publishes and waits until the rankings inbox has handled it.</summary>
    protected async Task DeliverAsync<T>(T message) where T : class
    {
        var before = await InboxCountAsync();
        await PublishAsync(message);
        await Eventually.HoldsAsync(async () => await InboxCountAsync() > before, TimeSpan.FromSeconds(30), $"{typeof(T).Name} consumed", Ct);
    }

    protected Task<int> InboxCountAsync() => Rankings.QueryAsync(db => db.Set<WardPlatform.Messaging.Inbox.InboxMessage>().CountAsync());

    protected static PlanIssued Plan(string tenant, string number, IReadOnlyList<PlannedTarget> targets, params string[] parents) =>
        new(Guid.NewGuid(), tenant, TestUser.ProvinceCode, number, "Kế hoạch thi đua năm 2026", new DateOnly(2026, 1, 5), Now.AddMonths(-5),
            targets, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), parents);

    protected static PlannedTarget Share(string text, decimal value = 95) => new(Guid.NewGuid(), text, "ShareToReach", value, "%");

    protected static ProgressRecorded Progress(PlanIssued plan, PlannedTarget target, decimal value, int day) =>
        new(Guid.NewGuid(), target.TargetId, plan.PlanId, plan.TenantCode, plan.ProvinceCode, value, new DateOnly(2026, 5, day), "officer",
            Now.AddDays(day - 31));

    protected static ReportResolved Resolved(string ward, bool onTime) =>
        new(Guid.NewGuid(), ward, TestUser.ProvinceCode, "lan-chiem-via-he", null, new DateOnly(2026, 4, 10), onTime, Now.AddDays(-20));

    protected static object Definition(string name, Guid provinceTarget, decimal targetPoints = 60, decimal reportPoints = 40,
        string start = "2026-01-01", string end = "2026-12-31") => new
    {
        name, periodStart = start, periodEnd = end, totalPoints = 100,
        criteria = new object[]
        {
            new { code = "c1", area = "Cải cách hành chính", name = "Số hóa hồ sơ", points = targetPoints, source = $"target:{provinceTarget}", floor = 0, target = 95 },
            new { code = "c2", area = "Phản ánh, kiến nghị", name = "Giải quyết đúng hạn", points = reportPoints, source = "metric:reports-on-time", floor = 50, target = 100 },
        },
    };
}
