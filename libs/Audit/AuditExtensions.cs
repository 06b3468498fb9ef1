using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using WardPlatform.Messaging.Outbox;

namespace WardPlatform.Audit;

public static class AuditExtensions
{
    /// <summary>
    /// Audits every change to a tenant-owned record of <typeparamref name="TDb"/> and, with <see cref="UseAudit"/>,
    /// every request answered 401 or 403: <c>AuditRecorded</c> events in <typeparamref name="TDb"/>'s outbox.
    /// </summary>
    public static IHostApplicationBuilder AddAudit<TDb>(this IHostApplicationBuilder builder, string serviceName) where TDb : DbContext
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new AuditSettings(serviceName));
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<IDenialAuditor, DenialAuditor<TDb>>();

        // Interceptors run in registration order. The outbox's commit interceptor looks for new outbox rows when
        // saving starts, so the audit rows must be added before it looks, or they wait for the next sweep.
        var audit = ServiceDescriptor.Singleton<IInterceptor>(s => s.GetRequiredService<AuditInterceptor>());
        var outbox = services.ToList().FindIndex(d => d.ServiceType == typeof(IInterceptor) && d.ImplementationType == typeof(OutboxCommitInterceptor));
        if (outbox >= 0) services.Insert(outbox, audit);
        else services.Add(audit);
        return builder;
    }

    /// <summary>
    /// Audits each request answered 401 or 403, once the answer is sent. Call before <c>UseWardAuthentication</c>
    /// (its challenges never reach later middleware); it sees the exception handler's 403s too.
    /// </summary>
    public static WebApplication UseAudit(this WebApplication app)
    {
        var auditor = app.Services.GetRequiredService<IDenialAuditor>();
        app.Use((http, next) =>
        {
            http.Response.OnCompleted(() => http.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
                ? auditor.RecordAsync(http)
                : Task.CompletedTask);
            return next(http);
        });
        return app;
    }
}
