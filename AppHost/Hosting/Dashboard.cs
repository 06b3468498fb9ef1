using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WardPlatform.Contracts;
using WardPlatform.Messaging;

namespace WardPlatform.AppHost.Hosting;

/// <summary>
/// The AppHost's own small web endpoint on 127.0.0.1: the resource table as a page and as JSON
/// (scripts, tests and the benchmark read it), and the replay of a service's error queue.
/// </summary>
public sealed class Dashboard : IAsyncDisposable
{
    private readonly WebApplication _app;
    public string Url { get; }

    private Dashboard(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public static async Task<Dashboard> StartAsync(int port, IReadOnlyList<Resource> resources, CancellationToken ct)
    {
        var web = WebApplication.CreateSlimBuilder();
        web.Logging.SetMinimumLevel(LogLevel.Warning);
        web.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = web.Build();

        app.MapGet("/api/resources", () => resources.Select(r => r.Snapshot()));
        app.MapGet("/", () => Results.Content(Page(resources), "text/html; charset=utf-8"));
        app.MapPost("/api/eventbus/error-queues/{queue}/replay", async (string queue, CancellationToken token) =>
        {
            var eventBus = resources.OfType<RabbitMqServerResource>().Single(r => r.Name == ResourceNames.EventBus);
            var replayed = await ErrorQueueReplayer.ReplayAsync(eventBus.GetConnectionString(), queue, ct: token);
            return Results.Ok(new { queue, replayed });
        });

        await app.StartAsync(ct);
        var address = app.Urls.First();
        return new Dashboard(app, address);
    }

    private static string Page(IReadOnlyList<Resource> resources)
    {
        var rows = string.Concat(resources.Select(r => r.Snapshot()).Select(s =>
            $"<tr><td>{Enc(s.Name)}</td><td>{Enc(s.Kind)}</td><td>{Enc(s.State)}</td><td>{s.Pid}</td><td>{Enc(s.Address ?? "-")}</td><td>{Enc(s.Health)}</td><td>{s.Restarts}</td></tr>"));
        return $$"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
            <title>WardPlatform AppHost</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:left}</style>
            </head><body><h1>WardPlatform — tài nguyên</h1>
            <table><tr><th>Tên</th><th>Loại</th><th>Trạng thái</th><th>PID</th><th>Địa chỉ</th><th>Sức khỏe</th><th>Khởi động lại</th></tr>{{rows}}</table>
            </body></html>
            """;
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
