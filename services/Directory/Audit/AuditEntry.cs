using WardPlatform.Audit;
using WardPlatform.Contracts.Events;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Audit;

/// <summary>
/// One line of the audit log: who did what, when (UTC), in which tenant, with which outcome. Written only by
/// <see cref="AuditRecordedConsumer"/>, never changed; the API only reads it. Not audited itself.
/// </summary>
public sealed class AuditEntry : ITenantOwned, IExcludedFromAudit
{
    public Guid AuditId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Service { get; init; }
    /// <summary>The ward's or province's code; "" for an anonymous caller's denied request.</summary>
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public string? ActorId { get; init; }
    public string? ActorName { get; init; }
    public string? ActorRole { get; init; }
    public required string Action { get; init; }
    public required string Subject { get; init; }
    public string? SubjectId { get; init; }
    public required string Outcome { get; init; }
    public string? Detail { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    public static AuditEntry From(AuditRecorded e, DateTimeOffset recordedAt) => new()
    {
        AuditId = e.AuditId,
        At = e.At.ToUniversalTime(),
        Service = AuditLimits.Cut(e.Service, AuditLimits.Service),
        TenantCode = AuditLimits.Cut(e.TenantCode, AuditLimits.Code),
        ProvinceCode = AuditLimits.Cut(e.ProvinceCode, AuditLimits.Code),
        ActorId = AuditLimits.CutOrNull(e.ActorId, AuditLimits.ActorId),
        ActorName = AuditLimits.CutOrNull(e.ActorName, AuditLimits.ActorName),
        ActorRole = AuditLimits.CutOrNull(e.ActorRole, AuditLimits.ActorRole),
        Action = AuditLimits.Cut(e.Action, AuditLimits.Action),
        Subject = AuditLimits.Cut(e.Subject, AuditLimits.Subject),
        SubjectId = AuditLimits.CutOrNull(e.SubjectId, AuditLimits.SubjectId),
        Outcome = AuditLimits.Cut(e.Outcome, AuditLimits.Outcome),
        Detail = AuditLimits.CutOrNull(e.Detail, AuditLimits.Detail),
        RecordedAt = recordedAt,
    };
}
