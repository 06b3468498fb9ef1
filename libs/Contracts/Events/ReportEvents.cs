namespace WardPlatform.Contracts.Events;

// Public-order reports (phản ánh). Published by the reports service through its outbox; the targets service's
// feeds and the rankings read model consume them. New fields go last, with defaults, so older messages still read.

/// <summary>A citizen's (or Open311 client's) report was taken. <see cref="DueOn"/> is the original due date in working days.</summary>
public sealed record ReportReceived(
    Guid ReportId, string TenantCode, string ProvinceCode, string CategoryCode, Guid? NeighbourhoodId,
    double? Latitude, double? Longitude, DateOnly DueOn, DateTimeOffset ReceivedAt);

/// <summary>A report was routed to the unit that handles it (by category, or by hand).</summary>
public sealed record ReportAssigned(
    Guid ReportId, string TenantCode, string ProvinceCode, string CategoryCode, string UnitId, string? AssignedBy,
    DateTimeOffset AssignedAt);

/// <summary>The handling unit resolved a report (<see cref="NeighbourhoodId"/>: the report's khu phố, ấp, when given). <see cref="OnTime"/>: resolved by the original due date (extensions never move it).</summary>
public sealed record ReportResolved(
    Guid ReportId, string TenantCode, string ProvinceCode, string CategoryCode, string? UnitId, DateOnly DueOn,
    bool OnTime, DateTimeOffset ResolvedAt, Guid? NeighbourhoodId = null);

/// <summary>
/// A resolution was verified (by the office or by the reporter's confirmation): one verified incident. Duplicates
/// are merged into their original and are never verified on their own, so counting these counts incidents.
/// </summary>
public sealed record ReportVerified(
    Guid ReportId, string TenantCode, string ProvinceCode, string CategoryCode, string? UnitId, DateOnly ReceivedOn,
    bool OnTime, DateTimeOffset VerifiedAt, Guid? NeighbourhoodId = null);

/// <summary>A resolved report was reopened ("chưa giải quyết" from the reporter within 7 days).</summary>
public sealed record ReportReopened(
    Guid ReportId, string TenantCode, string ProvinceCode, string CategoryCode, string? Reason, DateTimeOffset ReopenedAt);

/// <summary>A place resolved earlier was reported again for the same category within 180 days (tái lấn chiếm).</summary>
public sealed record RelapseDetected(
    Guid ReportId, Guid PreviousReportId, Guid PlaceId, string TenantCode, string ProvinceCode, string CategoryCode,
    DateTimeOffset DetectedAt, Guid? NeighbourhoodId = null);
