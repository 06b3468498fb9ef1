using WardPlatform.Reports.Following;

namespace WardPlatform.Reports.Filing;

public sealed record PublicHistoryEntry(DateTimeOffset At, ReportStatus Status, string StatusLabel, string? Note);

/// <summary>What a citizen following a report sees: never the reporter's contact, only public notes and approved photos.</summary>
public sealed record PublicReportView(
    string Reference, string Ward, string Category, string? Neighbourhood, string Address, string Description,
    ReportStatus Status, string StatusLabel, DateOnly ReceivedOn, DateOnly DueOn, DateOnly? ExtendedTo, DateOnly? ResolvedOn,
    string? ResolutionNote, int? Rating, bool IsReporter, bool CanConfirm, DateTimeOffset? ConfirmUntil, string? DuplicateOf,
    IReadOnlyList<Guid> Photos, IReadOnlyList<PublicHistoryEntry> History)
{
    public static readonly TimeSpan ConfirmWindow = TimeSpan.FromDays(7);

    public static PublicReportView From(Report report, string wardName, TrackingCode code, IEnumerable<ReportHistoryEntry> history,
        IEnumerable<Guid> photos, string? duplicateOf, DateTimeOffset now)
    {
        var until = report.ResolvedAt + ConfirmWindow;
        return new(report.Reference, wardName, report.CategoryName, report.NeighbourhoodName,
            string.Join(", ", new[] { report.HouseNumber, report.Street }.Where(s => !string.IsNullOrEmpty(s))),
            report.Description, report.Status, ReportStatuses.Label(report.Status), report.ReceivedOn, report.DueOn, report.ExtendedTo,
            report.ResolvedOn, report.ResolutionNote, report.Rating, code.IsReporter,
            code.IsReporter && report.Status == ReportStatus.Resolved && now <= until,
            report.Status == ReportStatus.Resolved ? until : null, duplicateOf, photos.ToList(),
            history.Where(h => h.Public).OrderBy(h => h.At).Select(h => new PublicHistoryEntry(h.At, h.To, ReportStatuses.Label(h.To), h.Note)).ToList());
    }
}
