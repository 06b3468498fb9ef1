using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Data;

/// <summary>A file attached to a plan (the signed scan, an annex), stored with its bytes.</summary>
public sealed class PlanAttachment : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PlanId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public required byte[] Content { get; init; }
    public string? UploadedBy { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}
