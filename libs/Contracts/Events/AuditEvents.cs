namespace WardPlatform.Contracts.Events;

/// <summary>
/// Something happened that the audit log keeps: a change to a tenant-owned record (<see cref="Outcome"/>
/// "succeeded", <see cref="Action"/> "created"/"updated"/"deleted", <see cref="Subject"/> the entity type) or a
/// refused request ("denied", <see cref="Subject"/> the request's method and path). <see cref="TenantCode"/> is
/// "" for an anonymous caller. <see cref="At"/> is UTC.
/// </summary>
public sealed record AuditRecorded(
    Guid AuditId,
    DateTimeOffset At,
    string Service,
    string TenantCode,
    string ProvinceCode,
    string? ActorId,
    string? ActorName,
    string? ActorRole,
    string Action,
    string Subject,
    string? SubjectId,
    string Outcome,
    string? Detail);

public static class AuditOutcomes
{
    public const string Succeeded = "succeeded";
    public const string Denied = "denied";
}

public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Denied = "denied";
    /// <summary>A wrong password, a locked or an inactive account at sign-in (or when changing one's password).</summary>
    public const string SignInFailed = "sign_in_failed";
}
