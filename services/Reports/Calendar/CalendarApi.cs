using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Reports.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Calendar;

public sealed record HolidayDto(DateOnly Date, string Name, bool National);
public sealed record HolidaysRequest(List<HolidayInput>? Holidays);
public sealed record HolidayInput(DateOnly? Date, string? Name);

/// <summary>The year's days off that deadlines skip: the country's and the caller's province's. A province replaces its own days of a year.</summary>
public static class CalendarApi
{
    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/calendar").WithTags("Lịch ngày nghỉ");
        group.MapGet("/", GetAsync);
        group.MapPut("/", PutAsync);
        return app;
    }

    private static async Task<Ok<List<HolidayDto>>> GetAsync(int year, ReportsDbContext db, CancellationToken ct)
    {
        var province = db.Scope.Province;
        var days = await db.Holidays.AsNoTracking()
            .Where(h => h.Date.Year == year && (h.ProvinceCode == "" || h.ProvinceCode == province)).OrderBy(h => h.Date).ToListAsync(ct);
        return TypedResults.Ok(days.Select(h => new HolidayDto(h.Date, h.Name, h.ProvinceCode == "")).ToList());
    }

    private static async Task<IResult> PutAsync(int year, HolidaysRequest request, ReportsDbContext db, CancellationToken ct)
    {
        if (db.Scope.Kind != ScopeKind.Province) return Handling.ReportProblems.ReadOnly();
        var errors = new FieldErrors();
        var days = request.Holidays ?? [];
        foreach (var (day, i) in days.Select((d, i) => (d, i)))
        {
            if (day.Date is not { } date || date.Year != year) errors.Add($"holidays[{i}].date", "wrong_year", $"Ngày nghỉ phải thuộc năm {year}.");
            errors.Text($"holidays[{i}].name", day.Name, 200, "Tên ngày nghỉ", required: true);
        }
        if (errors.Any) return errors.ToProblem();
        var province = db.Scope.Province;
        db.Holidays.RemoveRange(await db.Holidays.Where(h => h.ProvinceCode == province && h.Date.Year == year).ToListAsync(ct));
        db.Holidays.AddRange(days.DistinctBy(d => d.Date).Select(d => new Holiday { Date = d.Date!.Value, ProvinceCode = province, Name = VietnameseText.Clean(d.Name)! }));
        await db.SaveChangesAsync(ct);
        return await GetAsync(year, db, ct);
    }
}
