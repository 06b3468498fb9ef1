using Microsoft.EntityFrameworkCore;
using WardPlatform.Reports.Data;

namespace WardPlatform.Reports.Calendar;

public static class HolidaySeeder
{
    /// <summary>Stores the national days off of <see cref="DefaultHolidays"/> not yet stored (after migrating, at start).</summary>
    public static async Task SeedHolidaysAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicDb>().System();
        await using var _ = db;
        var stored = (await db.Holidays.Where(h => h.ProvinceCode == "").Select(h => h.Date).ToListAsync()).ToHashSet();
        db.Holidays.AddRange(DefaultHolidays.All().Where(h => !stored.Contains(h.Date)));
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException) { /* another instance seeded the same days at once */ }
    }
}
