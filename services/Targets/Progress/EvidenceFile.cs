using WardPlatform.Tenancy;

namespace WardPlatform.Targets.Progress;

/// <summary>A file (minh chứng) attached to a progress report, stored in the database with it.</summary>
public sealed class EvidenceFile : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid ReportId { get; init; }
    public Guid TargetId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public required byte[] Content { get; init; }
}
