using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Filing;

/// <summary>
/// A public-order report (phản ánh). The reporter's name and phone are kept here and read only by
/// <see cref="Handling.ReporterContact"/> for the ward's receiving office; no other answer carries them.
/// </summary>
public sealed class Report : ITenantOwned
{
    public Guid Id { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    /// <summary>A short number staff say on the phone ("PA-000123"), unique per ward.</summary>
    public long Number { get; init; }
    public required string CategoryCode { get; init; }
    public required string CategoryName { get; init; }
    public Guid? NeighbourhoodId { get; init; }
    public string? NeighbourhoodName { get; init; }
    public required string Street { get; init; }
    public string? HouseNumber { get; init; }
    /// <summary>The street folded (no diacritics, lower case), for "the same street" in the duplicate check.</summary>
    public string StreetKey { get; init; } = "";
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required string Description { get; init; }
    public string? ReporterName { get; init; }
    public string? ReporterPhone { get; init; }
    /// <summary>"web", "open311:&lt;application&gt;" or "staff".</summary>
    public required string Channel { get; init; }
    public Guid PlaceId { get; init; }

    public ReportStatus Status { get; set; }
    public string? Unit { get; set; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateOnly ReceivedOn { get; init; }
    /// <summary>The original due date: an extension never moves it, and "on time" is judged against it.</summary>
    public DateOnly DueOn { get; init; }
    public DateOnly? ExtendedTo { get; set; }
    public string? ExtensionReason { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public string? ResolutionNote { get; set; }
    public bool? OnTime { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public string? RejectReason { get; set; }
    public Guid? DuplicateOfId { get; set; }
    public int? Rating { get; set; }
    public int ReopenCount { get; set; }
    public bool IsRelapse { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string Reference => $"PA-{Number:000000}";
    public bool IsOverdue(DateOnly today) => ReportStatuses.IsOpen(Status) && today > DueOn;
}
