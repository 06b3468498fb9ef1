using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WardPlatform.Contracts.Events;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;

namespace WardPlatform.Audit;

/// <summary>Writes one "denied" audit event for a request answered 401 or 403.</summary>
public interface IDenialAuditor
{
    Task RecordAsync(HttpContext http);
}

/// <summary>
/// Stores the denial in the service's outbox, on a context of its own (system scope, fresh DI scope): the
/// request's own context may hold the refused change, which must not be saved with it. A failure here is
/// logged and swallowed: the caller already has its answer.
/// </summary>
public sealed class DenialAuditor<TDb>(IServiceScopeFactory scopes, AuditSettings settings, TimeProvider clock,
    ILogger<DenialAuditor<TDb>> logger) : IDenialAuditor where TDb : DbContext
{
    public async Task RecordAsync(HttpContext http)
    {
        try
        {
            var denial = DenialOf(http);
            await using var scope = scopes.CreateAsyncScope();
            await using var db = SystemContext(scope.ServiceProvider);
            db.PublishOnCommit(denial);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not audit the denied request {Method} {Path} ({Status})",
                http.Request.Method, http.Request.Path, http.Response.StatusCode);
        }
    }

    private AuditRecorded DenialOf(HttpContext http)
    {
        var actor = AuditActor.Of(http.User);
        var request = http.Request;
        return new AuditRecorded(
            AuditId: Guid.NewGuid(),
            At: clock.GetUtcNow(),
            Service: settings.ServiceName,
            TenantCode: AuditLimits.Cut(actor.TenantCode, AuditLimits.Code),
            ProvinceCode: AuditLimits.Cut(actor.ProvinceCode, AuditLimits.Code),
            ActorId: AuditLimits.CutOrNull(actor.Id, AuditLimits.ActorId),
            ActorName: AuditLimits.CutOrNull(actor.Name, AuditLimits.ActorName),
            ActorRole: AuditLimits.CutOrNull(actor.Role, AuditLimits.ActorRole),
            Action: AuditActions.Denied,
            // The path without its query string: a query may carry secrets.
            Subject: AuditLimits.Cut($"{request.Method} {request.PathBase}{request.Path}", AuditLimits.Subject),
            SubjectId: null,
            Outcome: AuditOutcomes.Denied,
            Detail: $"HTTP {http.Response.StatusCode}");
    }

    private static TDb SystemContext(IServiceProvider services) =>
        typeof(ITenantScopedContext).IsAssignableFrom(typeof(TDb))
            ? ActivatorUtilities.CreateInstance<TDb>(services, TenantScope.System)
            : ActivatorUtilities.CreateInstance<TDb>(services);
}
