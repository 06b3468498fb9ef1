using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Directory.Audit;
using WardPlatform.Directory.Data;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Plans.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Audit;

/// <summary>
/// The plans service (whose changes and denials are audited) and the directory (which keeps the audit log),
/// in process on a virtual host of their own, shared by the audit tests. Each test acts as callers of its own
/// (a unique subject), so it finds its own entries whatever the others left.
/// </summary>
public sealed class AuditServices : IAsyncLifetime
{
    // The sweeper sleeps for an hour: audit events travel only if their commit wakes the dispatcher.
    private static readonly Dictionary<string, string> NoSweep = new() { ["Outbox:SweepInterval"] = "01:00:00" };
    private readonly TestServers _servers;
    private readonly string _eventBus;

    public AuditServices(TestServers servers)
    {
        _servers = servers;
        _eventBus = servers.NewEventBus();
        Plans = new(servers, ResourceNames.PlansDb, _eventBus, settings: NoSweep);
        Directory = new(servers, ResourceNames.DirectoryDb, _eventBus, settings: NoSweep);
    }

    public ServiceHost<PlansDbContext> Plans { get; }
    public ServiceHost<DirectoryDbContext> Directory { get; }

    public async ValueTask InitializeAsync() => await Task.WhenAll(Plans.WaitReadyAsync(), Directory.WaitReadyAsync());

    public async ValueTask DisposeAsync()
    {
        await Plans.DisposeAsync();
        await Directory.DisposeAsync();
        await _servers.DeleteEventBusAsync(_eventBus);
    }

    /// <summary>A caller nobody else in the run acts as.</summary>
    public static TestUser Unique(TestUser user) => user with { Subject = $"{user.Subject}-{Guid.NewGuid():N}" };

    /// <summary>GET /audit as <paramref name="reader"/>, the largest page.</summary>
    public async Task<AuditPage> ReadAsync(TestUser reader, string query = "")
    {
        var response = await Directory.ClientAs(reader).GetAsync($"/audit?pageSize=200{query}", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AuditPage>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>Waits until <paramref name="reader"/> sees an entry matching <paramref name="match"/>.</summary>
    public Task<AuditEntryDto> WaitForAsync(TestUser reader, Func<AuditEntryDto, bool> match, string what) =>
        Eventually.HoldsAsync(async () => (await ReadAsync(reader)).Items.FirstOrDefault(match), e => e is not null,
            TimeSpan.FromSeconds(30), what, TestContext.Current.CancellationToken)!;

    /// <summary>The audit events the plans service has stored in its outbox (published or not).</summary>
    public async Task<List<AuditRecorded>> PlansOutboxAuditAsync()
    {
        var messages = await Plans.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());
        return messages.Where(m => m.Type.StartsWith(typeof(AuditRecorded).FullName + ",")).Select(m => (AuditRecorded)m.Deserialize()).ToList();
    }
}
