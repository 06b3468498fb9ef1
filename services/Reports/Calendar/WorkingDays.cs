using Microsoft.EntityFrameworkCore;
using WardPlatform.Reports.Data;

namespace WardPlatform.Reports.Calendar;

/// <summary>Working days on the Vietnamese calendar: not Saturday, not Sunday, not a holiday of the country or the province.</summary>
public sealed class WorkingDays(ReportsDbContext db)
{
    /// <summary>The <paramref name="days"/>-th working day after <paramref name="from"/> (a report taken on a Friday with 1 day is due Monday).</summary>
    public async Task<DateOnly> AddAsync(DateOnly from, int days, string provinceCode, CancellationToken ct)
    {
        var off = await OffDaysAsync(from, from.AddDays(days * 3 + 40), provinceCode, ct);
        var day = from;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorking(day, off)) counted++;
        }
        return day;
    }

    public async Task<HashSet<DateOnly>> OffDaysAsync(DateOnly from, DateOnly to, string provinceCode, CancellationToken ct) =>
        (await db.Holidays.AsNoTracking()
            .Where(h => h.Date >= from && h.Date <= to && (h.ProvinceCode == "" || h.ProvinceCode == provinceCode))
            .Select(h => h.Date).ToListAsync(ct)).ToHashSet();

    public static bool IsWorking(DateOnly day, HashSet<DateOnly> off) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !off.Contains(day);
}
