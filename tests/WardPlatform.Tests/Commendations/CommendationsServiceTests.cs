using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Decisions;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Contracts;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Commendations;

/// <summary>
/// Tests of the commendations service on its real Program, PostgreSQL and RabbitMQ: a fresh host and database per test,
/// a clock fixed at 10:00 on 1 June 2026 in Vietnam (a Monday), callers with the ward's roles.
/// </summary>
public abstract class CommendationsServiceTests(TestServers servers) : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected TestClock Clock { get; } = new(Now);
    protected ServiceHost<CommendationsDbContext> Service { get; private set; } = null!;
    protected HttpClient Officer { get; private set; } = null!;
    protected HttpClient Appraiser { get; private set; } = null!;
    protected HttpClient Chairman { get; private set; } = null!;
    protected HttpClient Admin { get; private set; } = null!;
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly TestServers _servers = servers;

    public static TestUser AppraiserOf(string ward = TestUser.TamPhuoc) =>
        new($"appraiser-{ward}", WardRoles.WardAppraiser, ward, TestUser.ProvinceCode, "Cán bộ VH-XH");

    public async ValueTask InitializeAsync()
    {
        Service = new ServiceHost<CommendationsDbContext>(_servers, ResourceNames.CommendationsDb,
            services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        await Service.WaitReadyAsync();
        Officer = Service.ClientAs(TestUser.WardOfficer());
        Appraiser = Service.ClientAs(AppraiserOf());
        Chairman = Service.ClientAs(TestUser.WardChairman());
        Admin = Service.ClientAs(TestUser.WardAdmin());
    }

    public ValueTask DisposeAsync() => Service.DisposeAsync();

    protected async Task<RoundDto> CreateRoundAsync(object[]? quotas = null, HttpClient? client = null, Guid? planId = null)
    {
        using var response = await (client ?? Appraiser).PostAsJsonAsync("/rounds", new
        {
            title = "phong trào thi đua năm 2026", planId, occasion = "annual", nominationsDue = "2026-06-30",
            quotas = planId is null ? quotas ?? [new { form = "giay-khen", recipientKind = "collective", maxCount = 5 }, new { form = "giay-khen", recipientKind = "individual", maxCount = 10 }] : null,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RoundDto>(Json, Ct))!;
    }

    protected static object Nomination(string name, string kind = "individual", string form = "giay-khen", int members = 9, int present = 9,
        int votesFor = 8, int against = 1, int abstaining = 0, bool secret = false, string? report = "Báo cáo thành tích năm 2026.",
        string[]? links = null, string[]? memberNames = null) => new
    {
        form, recipientKind = kind, recipientName = name, recipientUnit = "Văn phòng HĐND-UBND", nominatingUnit = "Văn phòng HĐND-UBND",
        achievement = "Hoàn thành xuất sắc nhiệm vụ năm 2026", reportText = report, evidenceLinks = links,
        vote = new { meetingOn = "2026-05-28", members, present, votesFor, votesAgainst = against, votesAbstaining = abstaining, secretBallot = secret, memberNames },
    };

    protected async Task<NominationDto> NominateAsync(Guid roundId, object nomination)
    {
        using var response = await Officer.PostAsJsonAsync($"/rounds/{roundId}/nominations", nomination, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<NominationDto>(Json, Ct))!;
    }

    protected async Task<NominationDto> AppraiseAsync(Guid nominationId, string verdict = "accept", string? reasons = null)
    {
        using var response = await Appraiser.PostAsJsonAsync($"/nominations/{nominationId}/appraise", new { verdict, reasons }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<NominationDto>(Json, Ct))!;
    }

    /// <summary>Posts the round's list and moves the clock past its posting days.</summary>
    protected async Task PostAndWaitAsync(Guid roundId)
    {
        using var response = await Appraiser.PostAsJsonAsync($"/rounds/{roundId}/post", new { days = 10 }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        Clock.Advance(TimeSpan.FromDays(10));
    }

    protected async Task<DecisionDto> DecideAsync(Guid roundId)
    {
        using var response = await Chairman.PostAsJsonAsync($"/rounds/{roundId}/decide", new { signerName = "Nguyễn Văn Chủ" }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<DecisionDto>(Json, Ct))!;
    }

    protected Task<int> CountAsync<T>() where T : class => Service.QueryAsync(db => db.Set<T>().IgnoreQueryFilters().CountAsync());

    protected Task<List<string>> OutboxPayloadsAsync<TEvent>() => Service.QueryAsync(db =>
        db.Set<OutboxMessage>().Where(m => m.Type.StartsWith(typeof(TEvent).FullName + ",")).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync());

    protected static async Task<string> CodeOfAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    protected static Task<int> NominationCountAsync(ServiceHost<CommendationsDbContext> host) =>
        host.QueryAsync(db => db.Set<Nomination>().IgnoreQueryFilters().CountAsync());
}
