using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>The tests that share one platform started through the AppHost.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<RunningPlatform>
{
    public const string Name = "platform";
}

/// <summary>The whole platform started through the AppHost, once for the tests of the platform collection.</summary>
public sealed class RunningPlatform : IAsyncLifetime
{
    private readonly string _stateDirectory = AppHostProcess.NewStateDirectory();
    public AppHostProcess AppHost { get; private set; } = null!;
    public TimeSpan Startup { get; private set; }

    public async ValueTask InitializeAsync()
    {
        (AppHost, Startup) = await AppHostProcess.StartAsync(_stateDirectory);
        TestContext.Current.SendDiagnosticMessage($"Platform healthy through the AppHost in {Startup.TotalSeconds:0.0} s");
    }

    public async ValueTask DisposeAsync()
    {
        await AppHost.DisposeAsync();
        try { System.IO.Directory.Delete(_stateDirectory, recursive: true); } catch (IOException) { }
    }
}
