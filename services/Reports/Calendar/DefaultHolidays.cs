using WardPlatform.Http;

namespace WardPlatform.Reports.Calendar;

/// <summary>
/// The national days off as the reports service stores them on first start: the shared calendar
/// (<see cref="VietnamHolidays"/>, libs/Http), the one commendations counts its deadlines on too. Swaps and a province's
/// own days are entered by the province (PUT /calendar?year=).
/// </summary>
public static class DefaultHolidays
{
    public static IEnumerable<Holiday> All() => VietnamHolidays.National.Select(h => new Holiday { Date = h.Date, Name = h.Name });
}
