using WardPlatform.Reports.Filing;

namespace WardPlatform.Reports.Handling;

/// <summary>A report as staff see it in the queue: never the reporter's contact (that is <see cref="ReporterContact"/>'s).</summary>
public sealed record QueueItem(Guid Id, string Reference, string CategoryCode, string Category, string? Neighbourhood, string Address,
    ReportStatus Status, string StatusLabel, string? Unit, DateTimeOffset ReceivedAt, DateOnly DueOn, DateOnly? ExtendedTo,
    bool Overdue, bool IsRelapse, bool Anonymous)
{
    public static QueueItem From(Report r, DateOnly today) => new(r.Id, r.Reference, r.CategoryCode, r.CategoryName, r.NeighbourhoodName,
        AddressOf(r), r.Status, ReportStatuses.Label(r.Status), r.Unit, r.ReceivedAt, r.DueOn, r.ExtendedTo, r.IsOverdue(today), r.IsRelapse,
        r.ReporterPhone is null);

    public static string AddressOf(Report r) => string.Join(", ", new[] { r.HouseNumber, r.Street }.Where(s => !string.IsNullOrEmpty(s)));
}

public sealed record QueuePage(IReadOnlyList<QueueItem> Items, int Total, int Page, int PageSize);

public sealed record HistoryDto(DateTimeOffset At, ReportStatus? From, ReportStatus To, string StatusLabel, string Action, string ActorName, string? Note, bool Public);

public sealed record PhotoDto(Guid Id, PhotoKind Kind, bool Approved, int Width, int Height);

public sealed record ReportDetail(QueueItem Report, string Description, double? Latitude, double? Longitude, string Channel, Guid PlaceId,
    DateOnly? ResolvedOn, string? ResolutionNote, bool? OnTime, string? ExtensionReason, string? RejectReason, Guid? DuplicateOfId,
    int? Rating, int ReopenCount, IReadOnlyList<PhotoDto> Photos, IReadOnlyList<HistoryDto> History);

public sealed record ContactDto(Guid Id, bool Anonymous, string? Name, string? Phone);
