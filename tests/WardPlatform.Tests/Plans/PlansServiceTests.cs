using WardPlatform.Contracts;
using WardPlatform.Plans.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Plans;

/// <summary>Tests of the plans service's API: a fresh service host and database for each test.</summary>
public abstract class PlansServiceTests(TestServers servers) : IAsyncLifetime
{
    protected ServiceHost<PlansDbContext> Plans { get; } = new(servers, ResourceNames.PlansDb);
    protected HttpClient Api { get; private set; } = null!;
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await Plans.WaitReadyAsync();
        Api = Plans.ClientAs(TestUser.WardOfficer());
    }

    public ValueTask DisposeAsync() => Plans.DisposeAsync();
}
