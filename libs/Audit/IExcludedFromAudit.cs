namespace WardPlatform.Audit;

/// <summary>
/// A tenant-owned record whose changes are not audited: the audit log's own entries (auditing them would
/// audit the audit, for ever).
/// </summary>
public interface IExcludedFromAudit;
