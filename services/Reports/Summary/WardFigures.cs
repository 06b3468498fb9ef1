using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Handling;
using WardPlatform.Reports.Places;

namespace WardPlatform.Reports.Summary;

/// <summary>
/// A ward's figures over a period (reports received in it): counts by status and category, the share resolved by the
/// original due date overall, per unit and per category, the relapse rate, the overdue list and the hot spots.
/// Never the reporters' contacts.
/// </summary>
public sealed record WardFigures(string TenantCode, string WardName, DateOnly From, DateOnly To, int Total, IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByCategory, decimal? OnTimeShare, IReadOnlyDictionary<string, decimal?> OnTimeByUnit,
    IReadOnlyDictionary<string, decimal?> OnTimeByCategory, decimal? RelapseRate, int OverdueCount, IReadOnlyList<QueueItem> Overdue,
    IReadOnlyList<HotSpot> HotSpots)
{
    public const int MaxOverdueListed = 200;

    public static WardFigures Of(string tenant, string wardName, DateOnly from, DateOnly to, IReadOnlyList<Report> reports, DateOnly today,
        IReadOnlyList<HotSpot> hotSpots)
    {
        var counted = reports.Where(r => r.Status != ReportStatus.Duplicate).ToList();
        var overdue = counted.Where(r => r.IsOverdue(today)).OrderBy(r => r.DueOn).ToList();
        return new WardFigures(tenant, wardName, from, to, reports.Count,
            reports.GroupBy(r => ReportStatuses.Label(r.Status)).ToDictionary(g => g.Key, g => g.Count()),
            reports.GroupBy(r => r.CategoryName).ToDictionary(g => g.Key, g => g.Count()),
            OnTimeShareOf(counted), counted.GroupBy(r => r.Unit ?? "").ToDictionary(g => g.Key, g => OnTimeShareOf(g)),
            counted.GroupBy(r => r.CategoryName).ToDictionary(g => g.Key, g => OnTimeShareOf(g)),
            counted.Count == 0 ? null : Math.Round(counted.Count(r => r.IsRelapse) * 100m / counted.Count, 1),
            overdue.Count, overdue.Take(MaxOverdueListed).Select(r => QueueItem.From(r, today)).ToList(), hotSpots);
    }

    /// <summary>Of the reports resolved, the share (%) resolved by their original due date; null while none is.</summary>
    public static decimal? OnTimeShareOf(IEnumerable<Report> reports)
    {
        var resolved = reports.Where(r => r.OnTime is not null).ToList();
        return resolved.Count == 0 ? null : Math.Round(resolved.Count(r => r.OnTime == true) * 100m / resolved.Count, 1);
    }
}
