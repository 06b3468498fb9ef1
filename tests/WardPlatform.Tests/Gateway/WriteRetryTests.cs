using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace WardPlatform.Tests.Gateway;

/// <summary>
/// The HTTP clients every service and the gateway's pages use (ServiceDefaults) retry a failed read, but never send a
/// write twice: under load a nomination POST that answered late was sent again and stored twice.
/// </summary>
public sealed class WriteRetryTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private WebApplication _service = null!;
    private string _address = "";
    private int _reads, _writes;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _service = builder.Build();
        _service.MapGet("/busy", () => { Interlocked.Increment(ref _reads); return Results.StatusCode(503); });
        _service.MapPost("/busy", () => { Interlocked.Increment(ref _writes); return Results.StatusCode(503); });
        _service.MapPost("/slow", async () => { await Task.Delay(TimeSpan.FromSeconds(12)); return Results.Ok("stored"); });
        await _service.StartAsync(Ct);
        _address = _service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_write_answered_503_is_sent_once_and_a_read_is_retried()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        using var host = builder.Build();
        using var client = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
        client.BaseAddress = new Uri(_address);

        using var write = await client.PostAsync("/busy", new StringContent("{}"), Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Equal(1, _writes);

        using var read = await client.GetAsync("/busy", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.True(_reads > 1, $"a read answered 503 is retried ({_reads} call)");
    }

    [Fact]
    public async Task A_write_that_takes_longer_than_a_reads_10_s_attempt_is_waited_for()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        using var host = builder.Build();
        using var client = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
        client.BaseAddress = new Uri(_address);
        client.Timeout = Timeout.InfiniteTimeSpan;

        using var write = await client.PostAsync("/slow", new StringContent("{}"), Ct);
        Assert.Equal(HttpStatusCode.OK, write.StatusCode);
    }
}
