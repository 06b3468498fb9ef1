using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace WardPlatform.Messaging.Outbox;

/// <summary>
/// How many committed events wait in this service's outbox, as the dispatcher last counted them (every sweep), shown
/// in the dashboard as the gauge "ward.outbox.pending". Past <see cref="OutboxOptions.MaxBacklog"/> the service refuses
/// new writes (503, Retry-After) so that a long broker outage fills no disk: reads keep working.
/// </summary>
public sealed class OutboxBacklog
{
    public const string MeterName = "WardPlatform.Messaging";
    private long _pending;

    // The host's meter factory, not a static meter: each host (several share a test process) reports its own outbox.
    public OutboxBacklog(IMeterFactory meters) =>
        meters.Create(MeterName).CreateObservableGauge("ward.outbox.pending", () => Interlocked.Read(ref _pending), description: "Events committed and not yet published");

    public long Pending => Interlocked.Read(ref _pending);

    public void Counted(long pending) => Interlocked.Exchange(ref _pending, pending);
}

/// <summary>Refuses writes with 503 while the outbox is over its bound.</summary>
public sealed class OutboxBackPressure(RequestDelegate next, OutboxBacklog backlog, IOptions<OutboxOptions> options)
{
    public const int RetryAfterSeconds = 10;

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || backlog.Pending <= options.Value.MaxBacklog)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Hệ thống đang tạm dừng ghi nhận",
            detail: $"Các sự kiện chưa được chuyển đi còn quá nhiều (hàng đợi tin nhắn đang gián đoạn). Vui lòng thử lại sau {RetryAfterSeconds} giây.",
            type: "https://wardplatform.vn/problems/service-unavailable",
            extensions: new Dictionary<string, object?> { ["code"] = "outbox_backlog", ["retryAfterSeconds"] = RetryAfterSeconds }).ExecuteAsync(context);
    }
}

/// <summary>Puts <see cref="OutboxBackPressure"/> first in every service that has an outbox, without each service wiring it.</summary>
internal sealed class OutboxBackPressureStartup : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<OutboxBackPressure>();
        next(app);
    };
}
