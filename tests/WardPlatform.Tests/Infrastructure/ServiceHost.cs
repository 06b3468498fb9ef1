using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Contracts;

namespace WardPlatform.Tests.Infrastructure;

/// <summary>
/// One service running in the test process on its real Program, against the run's real PostgreSQL
/// (a database of its own) and RabbitMQ (a virtual host of its own, unless given one to share). <typeparamref name="TDb"/> names the service (its DbContext
/// is a public type of its assembly).
/// </summary>
public sealed class ServiceHost<TDb> : WebApplicationFactory<TDb> where TDb : DbContext
{
    private readonly Dictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly TestServers _servers;
    private readonly bool _ownsEventBus;

    /// <summary>The broker (virtual host) this host uses: its own unless one was passed in to share.</summary>
    public string EventBusConnectionString { get; }

    public ServiceHost(TestServers servers, string databaseName, string? eventBusConnectionString = null,
        IDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _servers = servers;
        _ownsEventBus = eventBusConnectionString is null;
        EventBusConnectionString = eventBusConnectionString ?? servers.NewEventBus();
        _settings = new Dictionary<string, string>
        {
            [$"ConnectionStrings:{databaseName}"] = servers.NewDatabase(databaseName),
            [$"ConnectionStrings:{ResourceNames.EventBus}"] = EventBusConnectionString,
            ["Outbox:SweepInterval"] = "00:00:01",
            ["Outbox:PublishTimeout"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) _settings[key] = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            TestTokens.AcceptIn(services);
            _services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsEventBus) await _servers.DeleteEventBusAsync(EventBusConnectionString);
    }

    /// <summary>A client of the service calling as <paramref name="user"/> (anonymous when null).</summary>
    public HttpClient ClientAs(TestUser? user) => CreateClient().As(user);

    /// <summary>Runs <paramref name="query"/> on a fresh DbContext of the service.</summary>
    public async Task<T> QueryAsync<T>(Func<TDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDb>());
    }
}
