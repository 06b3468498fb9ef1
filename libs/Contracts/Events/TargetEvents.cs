namespace WardPlatform.Contracts.Events;

/// <summary>A target (chỉ tiêu) is tracked from now on.</summary>
public sealed record TargetRegistered(
    Guid TargetId, Guid PlanId, string TenantCode, string ProvinceCode, string Kind, string Text, string? OwnerUnit,
    DateTimeOffset RegisteredAt);

/// <summary>Progress was reported on a target (value as of ReportedOn).</summary>
public sealed record ProgressRecorded(
    Guid ReportId, Guid TargetId, Guid PlanId, string TenantCode, string ProvinceCode, decimal Value, DateOnly ReportedOn,
    string? ReportedBy, DateTimeOffset RecordedAt);

/// <summary>
/// A progress report was corrected (SupersededBy names the new report, itself announced as ProgressRecorded) or
/// withdrawn (SupersededBy null): it no longer counts, though it stays in the target's history.
/// </summary>
public sealed record ProgressSuperseded(
    Guid ReportId, Guid TargetId, Guid PlanId, string TenantCode, string ProvinceCode, Guid? SupersededBy, string Reason,
    string? By, DateTimeOffset At);

/// <summary>A target's status changed: OnTrack, AtRisk, Achieved, Missed — with the rule's reason in Vietnamese.</summary>
public sealed record TargetStatusChanged(
    Guid TargetId, Guid PlanId, string TenantCode, string ProvinceCode, string From, string To, string Reason, DateTimeOffset ChangedAt);
