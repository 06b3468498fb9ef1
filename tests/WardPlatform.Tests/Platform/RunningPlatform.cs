using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using WardPlatform.Contracts;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>The tests that share one platform started through the AppHost.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<RunningPlatform>
{
    public const string Name = "platform";
}

/// <summary>The whole platform started through the real AppHost (Aspire.Hosting.Testing), once for the tests of the platform collection.</summary>
public sealed class RunningPlatform : IAsyncLifetime
{
    private readonly string _stateDirectory = AppHostProcess.NewStateDirectory();
    public AspireAppHost AppHost { get; private set; } = null!;
    public TimeSpan Startup { get; private set; }
    public DemoPeople People { get; private set; } = null!;
    public Uri GatewayAddress => AppHost.Gateway.BaseAddress!;

    /// <summary>
    /// The rankings service reaches RabbitMQ through this proxy, so a test can cut the network between one consumer and
    /// the broker while everything else keeps it (as the outbox tests do for one host).
    /// </summary>
    public TcpProxy RankingsBrokerLink { get; private set; } = null!;

    /// <summary>A gateway client acting as the demo person with this role in this tenant (their personal API token).</summary>
    public HttpClient ClientAs(string role, string tenantCode) => DemoPeople.ApiClient(GatewayAddress, People.Find(role, tenantCode));

    public async ValueTask InitializeAsync()
    {
        (AppHost, Startup) = await AspireAppHost.StartAsync(_stateDirectory, new Dictionary<string, string>
        {
            // Revocation of a personal token takes effect within this cache time (30 s in production).
            ["Auth__PersonalTokenCacheSeconds"] = "1",
            // Every test comes from 127.0.0.1: the production limits would throttle the suite itself.
            ["RateLimits__Public__PermitLimit"] = "100000",
            // Password attempts and the sign-in redirects keep their production limits (an office behind one address,
            // OfficeSignInTests); wrong passwords do not, because the suite types them on purpose.
            ["RateLimits__FailedSignIns__PermitLimit"] = "100000",
            // The isolation matrix calls every operation with every id as one person: hundreds of calls a minute.
            ["RateLimits__User__PermitLimit"] = "100000",
            ["RateLimits__UserPerAddress__PermitLimit"] = "100000",
            // The reports service's own limits on citizens' calls (per address: every test is 127.0.0.1).
            ["Reports__PublicLimits__PerMinute"] = "100000",
            ["Reports__PublicLimits__TrackPerMinute"] = "100000",
        }, TestContext.Current.CancellationToken, RouteRankingsThroughProxy);
        People = await DemoPeople.LoadAsync(_stateDirectory);
        TestContext.Current.SendDiagnosticMessage($"Platform healthy through the AppHost in {Startup.TotalSeconds:0.0} s");
    }

    private void RouteRankingsThroughProxy(IDistributedApplicationTestingBuilder builder)
    {
        var eventBus = builder.Resources.OfType<IResourceWithConnectionString>().Single(r => r.Name == ResourceNames.EventBus);
        var rankings = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == ResourceNames.Rankings);
        builder.CreateResourceBuilder(rankings).WithEnvironment(async context =>
        {
            var broker = new Uri(await eventBus.GetConnectionStringAsync(context.CancellationToken)
                ?? throw new InvalidOperationException("The event bus has no connection string."));
            RankingsBrokerLink ??= new TcpProxy(broker.Host, broker.Port);
            context.EnvironmentVariables[$"ConnectionStrings__{ResourceNames.EventBus}"] =
                new UriBuilder(broker) { Host = "127.0.0.1", Port = RankingsBrokerLink.Port }.Uri.ToString();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await AppHost.DisposeAsync();
        if (RankingsBrokerLink is not null) await RankingsBrokerLink.DisposeAsync();
        try { System.IO.Directory.Delete(_stateDirectory, recursive: true); } catch (IOException) { }
    }
}
