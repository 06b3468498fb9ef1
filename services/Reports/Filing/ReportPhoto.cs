using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Filing;

public enum PhotoKind { Report, After }

/// <summary>A photo as re-encoded here (never the bytes sent): public only once staff approve it.</summary>
public sealed class ReportPhoto : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid ReportId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public PhotoKind Kind { get; init; }
    public required byte[] Content { get; init; }
    public required string ContentType { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public bool Approved { get; set; }
    public DateTimeOffset UploadedAt { get; init; }
}
