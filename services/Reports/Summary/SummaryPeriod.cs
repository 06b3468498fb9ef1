using WardPlatform.Http;

namespace WardPlatform.Reports.Summary;

/// <summary>The period a summary covers: reports received from <c>from</c> to <c>to</c>; by default this month so far.</summary>
public static class SummaryPeriod
{
    public const int MaxDays = 366;

    public static (DateOnly From, DateOnly To, FieldErrors Errors) Read(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var today = clock.Today();
        var f = from ?? new DateOnly(today.Year, today.Month, 1);
        var t = to ?? (from is null ? today : f.AddMonths(1).AddDays(-1));
        var errors = new FieldErrors();
        if (t < f) errors.Add("to", "before_from", "Ngày kết thúc phải từ ngày bắt đầu trở về sau.");
        else if (t.DayNumber - f.DayNumber >= MaxDays) errors.Add("to", "too_long", $"Kỳ báo cáo không được dài quá {MaxDays} ngày.");
        return (f, t, errors);
    }
}
